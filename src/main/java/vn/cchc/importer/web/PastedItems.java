package vn.cchc.importer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.importer.AppendixImporter;
import vn.cchc.importer.ImportException;
import vn.cchc.importer.ImportResult;
import vn.cchc.importer.AppendixRow;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.Texts;

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
    /** Reader notes that {@code ItemsJson} (agencies) and the preview (deadlines without a date) report anyway. */
    private static final Pattern CHECKED_AGAIN = Pattern.compile(
            "chưa xác định được cơ quan|chưa có cơ quan chủ trì|cần SNV đặt");
    private static final Pattern LINE = Pattern.compile("([Dd]òng )(\\d+)");
    private final AgencyResolver resolver;

    PastedItems(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    String toJson(String text, int year) {
        return parse(text, year).json();
    }

    /**
     * The pasted text as the draft form's JSON, with what the appendix reader noticed on the way: for each entry
     * of the JSON, the line of the pasted text it came from (null for pasted JSON) and its notes (shifted cells,
     * repeated numbers), and the notes on the rows as a whole (duplicated rows left out). Agency and deadline notes
     * are left to the amendment's own check, which reports them for every input.
     */
    Pasted parse(String text, int year) {
        return parse(text, year, Texts.get("importer.paste.label"));
    }

    /** {@link #parse(String, int)}, a table the reader refuses named {@code label} (where the rows were pasted). */
    Pasted parse(String text, int year, String label) {
        String pasted = text == null ? "" : text.strip();
        if (pasted.isEmpty()) {
            throw PlanInputException.field("rows", "importer.paste.empty");
        }
        if (pasted.startsWith("[")) {
            return new Pasted(pasted, List.of(), List.of(), List.of());
        }
        ImportResult result;
        int headerLines = 0;
        try {
            result = read(pasted, year);
        } catch (ImportException withoutHeader) {
            try {
                result = read(COLUMNS + "\n" + numbered(pasted), year);
                headerLines = 1;
            } catch (ImportException e) {
                throw PlanInputException.field("rows", "importer.paste.refused", label, e.getMessage());
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<List<String>> notes = new ArrayList<>();
        for (AppendixRow item : result.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", item.section() == null || item.section().isBlank() ? null : item.section());
            m.put("stt", item.stt());
            m.put("task", item.task());
            m.put("lead", String.join("; ", item.lead()));
            m.put("coordinators", String.join("; ", item.coordinators()));
            m.put("product", item.product());
            m.put("due", item.deadlineText());
            items.add(m);
            lines.add(item.sourceRow() - headerLines);
            notes.add(own(item.problems(), headerLines));
        }
        try {
            return new Pasted(JSON.writeValueAsString(items), lines, notes, own(result.problems(), headerLines));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows pasted without a header and without the number column (five cells: a table copied from "Nhiệm vụ" on)
     * numbered 1, 2, … so that they read in the order {@link #COLUMNS}; other rows as they are. A row starts at a
     * line break outside a quoted cell (Excel quotes a cell that holds line breaks).
     */
    static String numbered(String pasted) {
        String first = pasted.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (first.split("\t", -1).length != 5) {
            return pasted;
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        boolean rowStart = true;
        int row = 0;
        for (char c : pasted.toCharArray()) {
            if (rowStart && c != '\n' && c != '\r') {
                out.append(++row).append('\t');
                rowStart = false;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                rowStart = true;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Pasted rows as JSON, and the reader's notes with line numbers of the pasted text. */
    public record Pasted(String json, List<Integer> lines, List<List<String>> notes, List<String> tableNotes) {

        public Integer line(int entry) {
            return entry < lines.size() ? lines.get(entry) : null;
        }

        public List<String> notes(int entry) {
            return entry < notes.size() ? notes.get(entry) : List.of();
        }
    }

    /** The notes not about agencies or deadlines, with line numbers counted in the pasted text. */
    private static List<String> own(List<String> notes, int headerLines) {
        return notes.stream().filter(n -> !CHECKED_AGAIN.matcher(n).find())
                .map(n -> headerLines == 0 ? n : shiftLines(n, headerLines)).toList();
    }

    private static String shiftLines(String note, int headerLines) {
        Matcher m = LINE.matcher(note);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + (Integer.parseInt(m.group(2)) - headerLines));
        }
        return m.appendTail(out).toString();
    }

    private ImportResult read(String text, int year) {
        return new AppendixImporter(resolver).importBytes(text.getBytes(StandardCharsets.UTF_8),
                "nhiem-vu-bo-sung.txt", year);
    }
}
