package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.agency.AgencyClass;
import vn.cchc.documents.format.StatisticsWorkbook;
import vn.cchc.documents.format.StatisticsWorkbook.Column;
import vn.cchc.inspection.FindingCounts;
import vn.cchc.shared.DueDates;

/**
 * The year-end statistics (the summary, and the per-agency detail as a file of its own) and the carry-over list as
 * workbooks ({@link StatisticsWorkbook}), for the documents page.
 */
final class YearEndXlsx {

    private YearEndXlsx() {
    }

    /**
     * The summary a leader reads, a page per sheet whatever the province's size: per area and per class of agencies
     * (assignments by status, reports sent on time, inspection findings), totals as formulas.
     */
    static byte[] statistics(YearEndSummary s) {
        StatisticsWorkbook wb = new StatisticsWorkbook();
        List<String> titles = titles(s);
        StatisticsWorkbook.Table areas = wb.sheet(get("sheet.area"), titles,
                ProvinceReportXlsx.tallyColumns(get("col.area")));
        int no = 0;
        for (YearEndSummary.Row a : s.areas()) {
            ProvinceReportXlsx.tallyRow(areas, ++no, a.name(), a.tally());
        }
        areas.total(1, get("row.total"), 2, 3, 4, 5, 6);
        areas.finish();

        List<Column> columns = new ArrayList<>(ProvinceReportXlsx.classColumns());
        columns.add(Column.number(get("yearEnd.col.reportsDue")));
        columns.add(Column.number(get("yearEnd.col.reportsOnTime")));
        columns.addAll(ProvinceReportXlsx.findingColumns());
        StatisticsWorkbook.Table classes = wb.sheet(get("sheet.class"), titles, columns);
        no = 0;
        for (Map.Entry<AgencyClass, List<YearEndSummary.AgencyRow>> e
                : ProvinceReportXlsx.byClass(s.agencies(), YearEndSummary.AgencyRow::agencyClass).entrySet()) {
            List<YearEndSummary.AgencyRow> rows = e.getValue();
            Tally t = ProvinceReportXlsx.sum(rows.stream().map(YearEndSummary.AgencyRow::tally).toList());
            FindingCounts f = ProvinceReportXlsx.findings(rows.stream().map(YearEndSummary.AgencyRow::findings)
                    .toList());
            classes.row(++no, get("class." + e.getKey().name()), rows.size(), t.total(), t.onTime(), t.late(),
                    t.inProgress(), t.overdue(), rows.stream().mapToInt(YearEndSummary.AgencyRow::reportsDue).sum(),
                    rows.stream().mapToInt(YearEndSummary.AgencyRow::reportsOnTime).sum(), f.open(),
                    f.remediedOnTime(), f.remediedLate());
        }
        classes.total(1, get("row.total"), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        classes.finish();
        return wb.bytes();
    }

    /** Per agency: assignments by status, reports sent on time, inspection findings (several pages). */
    static byte[] agencies(YearEndSummary s) {
        StatisticsWorkbook wb = new StatisticsWorkbook();
        List<String> titles = new ArrayList<>(titles(s));
        titles.add(get("xlsx.agencies.subtitle", get("yearEnd.file.xlsx", String.valueOf(s.day().getYear()))));
        List<Column> columns = new ArrayList<>(ProvinceReportXlsx.tallyColumns(get("col.agency")));
        columns.add(Column.number(get("yearEnd.col.reportsDue")));
        columns.add(Column.number(get("yearEnd.col.reportsOnTime")));
        columns.addAll(ProvinceReportXlsx.findingColumns());
        StatisticsWorkbook.Table agencies = wb.sheet(get("sheet.agency"), titles, columns);
        int no = 0;
        for (YearEndSummary.AgencyRow a : s.agencies()) {
            Tally t = a.tally();
            agencies.row(++no, a.name(), t.total(), t.onTime(), t.late(), t.inProgress(), t.overdue(), a.reportsDue(),
                    a.reportsOnTime(), a.findings().open(), a.findings().remediedOnTime(), a.findings().remediedLate());
        }
        agencies.total(1, get("row.total"), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        agencies.finish();
        return wb.bytes();
    }

    private static List<String> titles(YearEndSummary s) {
        return List.of(get("yearEnd.title", String.valueOf(s.day().getYear())),
                get("yearEnd.subtitle", DueDates.format(s.day())));
    }

    /** The unfinished items, one row per item × agency. */
    static byte[] carryOver(YearEndSummary s) {
        Map<String, String> names = new HashMap<>();
        s.agencies().forEach(a -> names.put(a.agencyId(), a.name()));
        StatisticsWorkbook wb = new StatisticsWorkbook();
        StatisticsWorkbook.Table sheet = wb.sheet(get("carryOver.sheet"),
                List.of(get("carryOver.title", String.valueOf(s.day().getYear() + 1)),
                        get("yearEnd.subtitle", DueDates.format(s.day()))),
                List.of(Column.number(get("col.no")), Column.number(get("carryOver.col.itemNo")),
                        Column.text(get("col.area")), Column.text(get("carryOver.col.task")),
                        Column.text(get("col.agency")), Column.text(get("carryOver.col.due")),
                        Column.text(get("carryOver.col.status"))));
        int no = 0;
        for (YearEndSummary.CarryOver c : s.carryOver()) {
            sheet.row(++no, c.itemNo(), c.area(), c.task(), names.getOrDefault(c.agencyId(), c.agencyId()),
                    c.dueDate() == null ? "" : DueDates.format(c.dueDate()), c.status());
        }
        sheet.finish();
        return wb.bytes();
    }
}
