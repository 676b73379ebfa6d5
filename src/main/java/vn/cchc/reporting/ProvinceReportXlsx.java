package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.util.List;
import vn.cchc.documents.format.StatisticsWorkbook;
import vn.cchc.documents.format.StatisticsWorkbook.Column;

/**
 * The statistics of the province's periodic report as a workbook ({@link StatisticsWorkbook}): per area, per agency
 * (with its report and inspection findings), each on its own sheet with a title and the totals as formulas.
 */
final class ProvinceReportXlsx {

    private ProvinceReportXlsx() {
    }

    static byte[] write(ProvinceSummary s) {
        StatisticsWorkbook wb = new StatisticsWorkbook();
        List<String> titles = List.of(get("annex.subtitle", s.window().title()).toUpperCase(),
                get("xlsx.subtitle", s.province(), s.planTitle()));
        StatisticsWorkbook.Table areas = wb.sheet(get("sheet.area"), titles, tallyColumns(get("col.area")));
        int no = 0;
        for (ProvinceSummary.AreaRow a : s.areas()) {
            tallyRow(areas, ++no, a.area(), a.tally());
        }
        areas.total(1, get("row.total"), 2, 3, 4, 5, 6);
        areas.finish();

        List<Column> columns = new java.util.ArrayList<>(tallyColumns(get("col.agency")));
        columns.add(Column.text(get("col.report")));
        columns.add(Column.number(get("col.findingsOpen")));
        columns.add(Column.number(get("col.findingsOnTime")));
        columns.add(Column.number(get("col.findingsLate")));
        StatisticsWorkbook.Table agencies = wb.sheet(get("sheet.agency"), titles, columns);
        no = 0;
        for (ProvinceSummary.AgencyRow a : s.agencies()) {
            Tally t = a.tally();
            agencies.row(++no, a.name(), t.total(), t.onTime(), t.late(), t.inProgress(), t.overdue(), a.reportState(),
                    a.findings().open(), a.findings().remediedOnTime(), a.findings().remediedLate());
        }
        agencies.total(1, get("row.total"), 2, 3, 4, 5, 6, 8, 9, 10);
        agencies.finish();
        return wb.bytes();
    }

    /** No., name, total, on time, late, in progress, overdue (also the year-end workbook's). */
    static List<Column> tallyColumns(String nameHeading) {
        return List.of(Column.number(get("col.no")), Column.text(nameHeading), Column.number(get("col.total")),
                Column.number(get("col.onTime")), Column.number(get("col.late")), Column.number(get("col.inProgress")),
                Column.number(get("col.overdue")));
    }

    static void tallyRow(StatisticsWorkbook.Table table, Integer no, String name, Tally t) {
        table.row(no, name, t.total(), t.onTime(), t.late(), t.inProgress(), t.overdue());
    }
}
