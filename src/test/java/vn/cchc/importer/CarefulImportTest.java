package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.PlanItem;

/** Issue 14 classes 3 and 8 at import: every unsure reading is a note on its row; early dates wait for SNV. */
class CarefulImportTest {

    private static final AgencyResolver RESOLVER = new AgencyResolver(Seeds.VINH_LONG);

    private static ImportResult importRows(int year, String... deadlines) {
        List<RawRow> raw = new ArrayList<>();
        raw.add(new RawRow(1, FixtureImportTest.HEADER));
        raw.add(new RawRow(2, List.of("I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "", "", "", "", "")));
        for (int i = 0; i < deadlines.length; i++) {
            raw.add(new RawRow(3 + i, List.of((i + 1) + ".", "Nhiệm vụ thứ " + (i + 1), "Sở Nội vụ", "Sở Tư pháp",
                    "Báo cáo", deadlines[i])));
        }
        return Seeds.importer().importRows(raw, year);
    }

    @Test
    void aDateBeforeThePlanYearIsKeptFlaggedAndNotDeployed() {
        ImportResult result = importRows(2024, "Quý IV/2023", "Trước ngày 15/12/2023", "Quý I/2024");

        AppendixRow early = result.items().get(0);
        assertThat(early.deadline().dates()).containsExactly(LocalDate.of(2023, 12, 31));
        assertThat(early.problems()).anyMatch(p -> p.startsWith("Dòng 3, cột Thời gian hoàn thành")
                && p.contains("31/12/2023") && p.contains("trước năm kế hoạch 2024") && p.contains("cần xác nhận hạn"));
        assertThat(result.items().get(1).problems()).anyMatch(p -> p.contains("14/12/2023"));

        List<PlanItem> items = ImportedItems.toPlanItems("KH-2024", result.items(), RESOLVER);
        assertThat(items.get(0).deadlineKind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(items.get(0).dueDate()).isNull();
        assertThat(items.get(0).duesOf("so-noi-vu")).allMatch(d -> d.dueDate() == null);
        assertThat(items.get(0).needsDate()).isTrue();
        assertThat(items.get(2).dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(items.get(2).needsDate()).isFalse();
        assertThat(result.items().get(2).problems()).noneMatch(p -> p.contains("xác nhận"));
    }

    @Test
    void seed000KeepsItsEarlyDatesButWithholdsThem() {
        ImportResult result = Seeds.importer().importFile(Seeds.seed("000"), null);

        AppendixRow first = result.items().get(0);
        assertThat(first.deadlineText()).isEqualTo("Quý IV/2023");
        assertThat(first.problems()).anyMatch(p -> p.contains("trước năm kế hoạch 2024"));
        PlanItem stored = ImportedItems.toPlanItems("KH", result.items(), RESOLVER).get(0);
        assertThat(stored.needsDate()).isTrue();
    }

    @Test
    void everyUnsureReadingIsANoteOnItsRow() {
        ImportResult result = importRows(2025, "Thường xuyên; khi có quy định",
                "Trước Tết Nguyên đán", "Theo Quyết định số 123/QĐ-UBND ngày 05/6/2023 của UBND tỉnh",
                "Trước Tết Nguyên đán Giáp Thìn 2025", "Chậm nhất ngày 18 tháng cuối mỗi quý");

        assertThat(result.items().get(0).problems()).anyMatch(p -> p.contains("đã ưu tiên loại 'thường xuyên'"));
        assertThat(result.items().get(1).problems()).anyMatch(p -> p.contains("28/01/2025")
                && p.contains("không ghi năm"));
        assertThat(result.items().get(2).problems()).anyMatch(p -> p.contains("văn bản được dẫn"));
        assertThat(result.items().get(2).deadline().kind()).isEqualTo(DeadlineKind.PER_REGULATION);
        assertThat(result.items().get(3).problems()).anyMatch(p -> p.contains("không khớp"));
        assertThat(result.items().get(4).problems()).isEmpty();
        assertThat(result.items().get(4).deadline().rule()).isNotNull();
    }

    @Test
    void docxCellWithOneParagraphPerActivityGivesOneItemPerActivity(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phu-luc.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = doc.createTable(1, 8);
            fill(table.getRow(0), List.of("STT", "Mục tiêu", "Nhiệm vụ", "Hoạt động", "Sản phẩm", "Chủ trì",
                    "Phối hợp", "Thời gian"));
            fill(table.createRow(), List.of("I. CẢI CÁCH THỂ CHẾ", "", "", "", "", "", "", ""));
            XWPFTableRow row = table.createRow();
            fill(row, List.of("1", "Văn bản đúng quy định", "Rà soát văn bản", "Lập kế hoạch rà soát", "Kế hoạch",
                    "Sở Tư pháp", "Sở Nội vụ", "Quý I/2025"));
            row.getCell(3).addParagraph().createRun().setText("Báo cáo kết quả rà soát");
            row.getCell(4).addParagraph().createRun().setText("Báo cáo");
            row.getCell(7).addParagraph().createRun().setText("Quý IV/2025");
            doc.write(out);
        }

        ImportResult result = Seeds.importer().importFile(file, 2025);

        assertThat(result.items()).extracting(AppendixRow::task)
                .containsExactly("Lập kế hoạch rà soát", "Báo cáo kết quả rà soát");
        assertThat(result.items()).extracting(AppendixRow::product).containsExactly("Kế hoạch", "Báo cáo");
        assertThat(result.items()).extracting(AppendixRow::deadlineText).containsExactly("Quý I/2025", "Quý IV/2025");
        assertThat(result.items()).allMatch(i -> i.leadAgencies().equals(List.of("so-tu-phap")))
                .allMatch(i -> i.parentTask().equals("Rà soát văn bản"))
                .allMatch(i -> i.objective().equals("Văn bản đúng quy định"));
    }

    @Test
    void csvCellsSpanningLinesLineUpTheirActivities() {
        String csv = "STT;Mục tiêu;Nhiệm vụ;Hoạt động;Sản phẩm;Chủ trì;Phối hợp;Thời gian\n"
                + "1;Mục tiêu A;Nhiệm vụ B;\"Hoạt động một\nHoạt động hai\";Báo cáo;\"Sở Tư pháp\nSở Tư pháp\";"
                + "Sở Nội vụ;\"Quý II/2025\nTrước Tết Nguyên đán\"\n";
        ImportResult result = Seeds.importer().importBytes(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "phu-luc.csv", 2025);

        assertThat(result.items()).extracting(AppendixRow::task).containsExactly("Hoạt động một", "Hoạt động hai");
        assertThat(result.items()).allMatch(i -> i.lead().equals(List.of("Sở Tư pháp")) && i.product().equals("Báo cáo"));
        assertThat(result.items().get(1).deadline().dates()).containsExactly(LocalDate.of(2025, 1, 28));
        assertThat(result.items().get(1).problems()).anyMatch(p -> p.contains("không ghi năm"));
    }

    @Test
    void aNarrowTableIgnoresParagraphsInsideCells() {
        String csv = "STT;Nhiệm vụ;Cơ quan chủ trì;Thời gian hoàn thành\n1;\"Nhiệm vụ\ndài\";Sở Tư pháp;Quý I/2024\n";
        ImportResult result = Seeds.importer().importBytes(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "phu-luc.csv", 2024);

        assertThat(result.items()).extracting(AppendixRow::task).containsExactly("Nhiệm vụ dài");
    }

    private static void fill(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i));
        }
    }
}
