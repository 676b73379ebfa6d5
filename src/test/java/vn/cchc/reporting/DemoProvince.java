package vn.cchc.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyClass;
import vn.cchc.agency.AgencyDirectories;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.inspection.FindingCounts;

/**
 * The demo province as the default run reports on it: the agencies of {@code config/agencies/vinh-long-2025.yml}
 * that the demo plan ({@code config/demo/sample-plan.json}) assigns work to — its five lead departments and the 124
 * commune-level People's Committees ("UBND cấp xã"), 129 agencies — with tallies, reports and findings that vary
 * from agency to agency. What the workbooks' page counts are measured on.
 */
public final class DemoProvince {

    /** The demo plan's lead departments (the rest of its work goes to "UBND cấp xã"). */
    private static final Set<String> LEADS = Set.of("Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính",
            "Sở Khoa học và Công nghệ");
    public static final String[] AREAS = {"I. CẢI CÁCH THỂ CHẾ", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
            "III. CẢI CÁCH TỔ CHỨC BỘ MÁY", "IV. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "V. CẢI CÁCH TÀI CHÍNH CÔNG",
            "VI. XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"};

    private DemoProvince() {
    }

    /** The 129 agencies, departments first, in the directory's order. */
    public static List<Agency> agencies() {
        AgencyDirectory directory = AgencyDirectories.load(Path.of("config/agencies/vinh-long-2025.yml"))
                .inForce(null, LocalDate.of(2026, 1, 1));
        List<Agency> agencies = new ArrayList<>(directory.all().stream()
                .filter(a -> LEADS.contains(a.name())).toList());
        agencies.addAll(directory.ofClass(AgencyClass.COMMUNE));
        return agencies;
    }

    static ReportingWindow q1() {
        return new ReportingWindow(ReportPeriod.Q1, 2026, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14),
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 20));
    }

    /** The first quarter's summary of the demo province. */
    static ProvinceSummary quarter() {
        ReportingWindow window = q1();
        List<ProvinceSummary.AgencyRow> rows = new ArrayList<>();
        List<Agency> agencies = agencies();
        for (int i = 0; i < agencies.size(); i++) {
            Agency a = agencies.get(i);
            Report report = new Report("KH:Q1-2026:" + a.id(), "KH", ReportPeriod.Q1, 2026, a.id(),
                    window.agencyDue(), ReportStatus.ACCEPTED, false,
                    i % 7 == 3 ? null : LocalDateTime.of(2026, 3, i % 5 == 0 ? 18 : 16, 9, 0), null);
            rows.add(new ProvinceSummary.AgencyRow(a.id(), a.name(), tally(i, a), report,
                    i % 6 == 0 ? new FindingCounts(1, 2, i % 4) : FindingCounts.NONE, a.agencyClass()));
        }
        List<ProvinceSummary.AreaRow> areas = new ArrayList<>();
        for (int i = 0; i < AREAS.length; i++) {
            areas.add(new ProvinceSummary.AreaRow(AREAS[i], new Tally(10 + i, i, 20 - i, i % 3)));
        }
        Tally total = rows.stream().map(ProvinceSummary.AgencyRow::tally).reduce(new Tally(0, 0, 0, 0),
                (x, y) -> new Tally(x.onTime() + y.onTime(), x.late() + y.late(), x.inProgress() + y.inProgress(),
                        x.overdue() + y.overdue()));
        return new ProvinceSummary("Vĩnh Long", "Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Vĩnh Long",
                window, LocalDate.of(2026, 3, 18), areas, rows, total);
    }

    /** The year-end summary of the same agencies, with one carry-over item per commune still self-assessing. */
    static YearEndSummary yearEnd() {
        ProvinceSummary q = quarter();
        List<YearEndSummary.Row> areas = q.areas().stream().map(a -> new YearEndSummary.Row(a.area(), a.tally()))
                .toList();
        List<YearEndSummary.AgencyRow> rows = q.agencies().stream().map(a -> new YearEndSummary.AgencyRow(
                a.agencyId(), a.name(), a.tally(), 4, 3, a.findings(), a.agencyClass())).toList();
        List<YearEndSummary.CarryOver> carry = new ArrayList<>();
        int n = 0;
        for (Agency a : agencies()) {
            if (a.agencyClass() == AgencyClass.COMMUNE && n++ % 4 == 0) {
                carry.add(new YearEndSummary.CarryOver(10, AREAS[6], "Tự đánh giá, chấm điểm Chỉ số cải cách hành "
                        + "chính", a.id(), LocalDate.of(2026, 12, 15), "Quá hạn, chưa hoàn thành"));
            }
        }
        return new YearEndSummary("KH-DEMO-2026", LocalDate.of(2026, 12, 31), q.total(), areas, rows, carry);
    }

    private static Tally tally(int i, Agency a) {
        return a.agencyClass() == AgencyClass.COMMUNE ? new Tally(i % 2, 0, i % 3 == 0 ? 1 : 0, i % 5 == 0 ? 1 : 0)
                : new Tally(2 + i % 3, i % 2, 3 + i % 4, i % 2);
    }
}
