package vn.cchc.plan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.importer.AppendixImporter;
import vn.cchc.importer.ImportException;
import vn.cchc.importer.ImportResult;
import vn.cchc.importer.PlanItem;
import vn.cchc.plan.PlanInputException;

/**
 * New items as SNV gives them on the page: a JSON array in the draft form's format, or table rows pasted from the
 * plan (Word, Excel: cells separated by tabs), with or without their header row. Rows without a header are read in
 * the order {@link #COLUMNS}. Returned as the draft form's JSON, which the amendment then checks like any other.
 */
@Component
class PastedItems {

    /** The column order of pasted rows without a header row. */
    static final String COLUMNS = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AgencyResolver resolver;

    PastedItems(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    String toJson(String text, int year) {
        String pasted = text == null ? "" : text.strip();
        if (pasted.isEmpty()) {
            throw new PlanInputException("Nhiệm vụ bổ sung: chưa nhập; dán các dòng của bảng nhiệm vụ hoặc danh "
                    + "sách JSON.");
        }
        if (pasted.startsWith("[")) {
            return pasted;
        }
        ImportResult result;
        try {
            result = read(pasted, year);
        } catch (ImportException withoutHeader) {
            try {
                result = read(COLUMNS + "\n" + pasted, year);
            } catch (ImportException e) {
                throw new PlanInputException("Nhiệm vụ bổ sung: " + e.getMessage());
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (PlanItem item : result.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", item.section() == null || item.section().isBlank() ? null : item.section());
            m.put("stt", item.stt());
            m.put("task", item.task());
            m.put("lead", String.join("; ", item.lead()));
            m.put("coordinators", String.join("; ", item.coordinators()));
            m.put("product", item.product());
            m.put("due", item.deadlineText());
            items.add(m);
        }
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportResult read(String text, int year) {
        return new AppendixImporter(resolver).importBytes(text.getBytes(StandardCharsets.UTF_8),
                "nhiem-vu-bo-sung.txt", year);
    }
}
