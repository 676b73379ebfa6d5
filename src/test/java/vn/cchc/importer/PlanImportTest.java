package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanVariables;
import vn.cchc.support.CchcIntegrationTest;

/** Importing appendices into a draft plan on the real application and PostgreSQL: all or nothing. */
/**
 * Imports the 2023 and 2024 seed plans, so the installation works with the structure of those years (the district
 * level, the departments before the 2025 mergers), as one that had not moved to the two-level directory would.
 */
@CchcIntegrationTest
@TestPropertySource(properties = "cchc.agency-date=2024-12-31")
class PlanImportTest {

    private static final String HEADER = "STT,Nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành\n";

    @Autowired
    ProcessEngine engine;
    @Autowired
    PlanImport planImport;
    @Autowired
    PlanItems items;

    private static int counter;
    private String planId;
    private String lifecycleId;

    @BeforeEach
    void newDraftPlan() {
        planId = "KH-IMPORT-" + System.nanoTime() + "-" + (++counter);
        lifecycleId = engine.getRuntimeService().startProcessInstanceByKey(PlanVariables.PROCESS_KEY, planId,
                Map.of(PlanVariables.PLAN_YEAR, 2024, PlanVariables.PLAN_TITLE, "Kế hoạch CCHC năm 2024")).getId();
    }

    private byte[] seed(String prefix) throws IOException {
        return Files.readAllBytes(Seeds.seed(prefix));
    }

    @Test
    void everySeedWithATaskTableBecomesThePlansItems() throws IOException {
        assertThat(planImport.importFile(planId, seed("000"), "000.txt").rows()).hasSize(66);
        assertThat(items.findByPlan(planId)).hasSize(66);

        // a corrected appendix replaces the items; it does not add to them
        planImport.importFile(planId, seed("001"), "001.txt");
        assertThat(items.findByPlan(planId)).hasSize(58);

        planImport.importFile(planId, seed("003"), "003.txt");
        assertThat(items.findByPlan(planId)).hasSize(88); // seed 003: one item per activity
    }

    @Test
    void importedItemsKeepAgenciesDeadlinesAndTheDraftFormShowsThem() throws IOException {
        planImport.importFile(planId, seed("000"), "000.txt");

        List<PlanItem> stored = items.findByPlan(planId);
        PlanItem first = stored.get(0);
        assertThat(first.itemNo()).isEqualTo(1);
        assertThat(first.leadAgencies()).isNotEmpty();
        // "Quý II, Quý IV/2024": two milestones for every lead agency
        PlanItem twice = stored.stream().filter(i -> "Quý II, Quý IV/2024".equals(i.deadlineText())).findFirst()
                .orElseThrow();
        assertThat(twice.deadlineKind()).isEqualTo(DeadlineKind.MULTIPLE);
        assertThat(twice.duesOf(twice.leadAgencies().get(0))).extracting(d -> d.dueDate().toString())
                .containsExactly("2024-06-30", "2024-12-31");
        // after an event or per regulation: kept and flagged; recurring and ongoing: kept, not flagged
        assertThat(stored).filteredOn(i -> i.deadlineKind() == DeadlineKind.EVENT).hasSize(1)
                .allMatch(PlanItem::needsDate);
        assertThat(stored).filteredOn(i -> i.deadlineKind() == DeadlineKind.PER_REGULATION).hasSize(1)
                .allMatch(PlanItem::needsDate);
        assertThat(stored).filteredOn(i -> i.deadlineKind() == DeadlineKind.RECURRING).hasSize(24)
                .noneMatch(PlanItem::needsDate);
        assertThat(stored).filteredOn(i -> i.deadlineKind() == DeadlineKind.ONGOING).hasSize(6)
                .noneMatch(PlanItem::needsDate);

        // the typed list of the draft form no longer applies: completing the draft keeps the imported items
        assertThat(engine.getRuntimeService().getVariable(lifecycleId, PlanVariables.ITEMS_JSON)).isNull();
    }

    @Test
    void aDuplicatedRowIsReportedAndImportedOnce() {
        String row = "1,Rà soát thủ tục hành chính,Sở Tư pháp,,Báo cáo,Quý I/2024\n";
        byte[] csv = (HEADER + row + row + "2,Kiểm tra công tác CCHC,Sở Nội vụ,,Kế hoạch,Quý II/2024\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = planImport.importFile(planId, csv, "phu-luc.csv");

        assertThat(items.findByPlan(planId)).extracting(PlanItem::task)
                .containsExactly("Rà soát thủ tục hành chính", "Kiểm tra công tác CCHC");
        assertThat(preview.result().problems()).anyMatch(p -> p.contains("trùng với dòng"));
    }

    @Test
    void damagedFilesAndFailingRowsLeaveThePlanUntouched() throws IOException {
        engine.getRuntimeService().setVariable(lifecycleId, PlanVariables.ITEMS_JSON, "[]");
        planImport.importFile(planId, seed("000"), "000.txt");
        List<PlanItem> before = items.findByPlan(planId);

        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertThatThrownBy(() -> planImport.importFile(planId, junk, "junk.txt"))
                .isInstanceOf(ImportException.class).hasMessageContaining("không phải văn bản");
        byte[] docx = seedAsDocx();
        assertThatThrownBy(() -> planImport.importFile(planId, Arrays.copyOf(docx, docx.length / 2), "cut.docx"))
                .isInstanceOf(ImportException.class).hasMessageContaining("cut.docx");
        assertThatThrownBy(() -> planImport.importFile(planId, seed("002"), "002.txt"))
                .isInstanceOf(ImportException.class);
        String tooLong = "Nhiệm vụ rất dài ".repeat(300);
        byte[] csv = (HEADER + "1,Kiểm tra công tác CCHC,Sở Nội vụ,,Kế hoạch,Quý II/2024\n"
                + "2,\"" + tooLong + "\",Sở Tư pháp,,Báo cáo,Quý I/2024\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> planImport.importFile(planId, csv, "dai.csv"))
                .isInstanceOf(PlanInputException.class)
                .hasMessageContaining("Dòng 3, cột Nhiệm vụ").hasMessageContaining("vượt giới hạn 4000");

        assertThat(items.findByPlan(planId)).isEqualTo(before).hasSize(66);
    }

    private static byte[] seedAsDocx() throws IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kế hoạch cải cách hành chính năm 2024");
            var table = doc.createTable(2, 6);
            String[] header = HEADER.trim().split(",");
            for (int c = 0; c < 6; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
