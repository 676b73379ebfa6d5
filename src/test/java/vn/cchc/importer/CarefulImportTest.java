package vn.cchc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.DeadlineKind;

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

        PlanItem early = result.items().get(0);
        assertThat(early.deadline().dates()).containsExactly(LocalDate.of(2023, 12, 31));
        assertThat(early.problems()).anyMatch(p -> p.startsWith("Dòng 3, cột Thời gian hoàn thành")
                && p.contains("31/12/2023") && p.contains("trước năm kế hoạch 2024") && p.contains("cần xác nhận hạn"));
        assertThat(result.items().get(1).problems()).anyMatch(p -> p.contains("14/12/2023"));

        List<vn.cchc.plan.PlanItem> items = ImportedItems.toPlanItems("KH-2024", result.items(), RESOLVER);
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

        PlanItem first = result.items().get(0);
        assertThat(first.deadlineText()).isEqualTo("Quý IV/2023");
        assertThat(first.problems()).anyMatch(p -> p.contains("trước năm kế hoạch 2024"));
        vn.cchc.plan.PlanItem stored = ImportedItems.toPlanItems("KH", result.items(), RESOLVER).get(0);
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
}
