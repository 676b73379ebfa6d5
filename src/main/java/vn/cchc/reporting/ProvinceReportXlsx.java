package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.agency.AgencyClass;
import vn.cchc.documents.format.StatisticsWorkbook;
import vn.cchc.documents.format.StatisticsWorkbook.Column;
import vn.cchc.inspection.FindingCounts;

/**
 * The statistics of the province's periodic report as workbooks ({@link StatisticsWorkbook}). The report's
 * workbook is what a leader reads and prints on a page per sheet whatever the province's size: per reform area and
 * per class of agencies (departments, commune People's Committees …), totals as formulas. The per-agency table (129
 * rows for the demo province, several pages) is a workbook of its own, offered next to it on /reports.
 */
final class ProvinceReportXlsx {

    private ProvinceReportXlsx() {
    }

    /** The summary workbook: a sheet per area, a sheet per class of agencies. */
    static byte[] write(ProvinceSummary s) {
        StatisticsWorkbook wb = new StatisticsWorkbook();
        List<String> titles = titles(s);
        StatisticsWorkbook.Table areas = wb.sheet(get("sheet.area"), titles, tallyColumns(get("col.area")));
        int no = 0;
        for (ProvinceSummary.AreaRow a : s.areas()) {
            tallyRow(areas, ++no, a.area(), a.tally());
        }
        areas.total(1, get("row.total"), 2, 3, 4, 5, 6);
        areas.finish();

        List<Column> columns = new ArrayList<>(classColumns());
        columns.add(Column.number(get("col.reportsOnTime")));
        columns.add(Column.number(get("col.reportsLate")));
        columns.add(Column.number(get("col.reportsMissing")));
        columns.addAll(findingColumns());
        StatisticsWorkbook.Table classes = wb.sheet(get("sheet.class"), titles, columns);
        no = 0;
        for (Map.Entry<AgencyClass, List<ProvinceSummary.AgencyRow>> e
                : byClass(s.agencies(), ProvinceSummary.AgencyRow::agencyClass).entrySet()) {
            List<ProvinceSummary.AgencyRow> rows = e.getValue();
            Tally t = sum(rows.stream().map(ProvinceSummary.AgencyRow::tally).toList());
            FindingCounts f = findings(rows.stream().map(ProvinceSummary.AgencyRow::findings).toList());
            long onTime = rows.stream().filter(a -> a.report() != null && a.report().submitted()
                    && a.report().submittedOnTime()).count();
            long late = rows.stream().filter(a -> a.report() != null && a.report().submitted()
                    && !a.report().submittedOnTime()).count();
            long missing = rows.stream().filter(a -> a.report() != null && !a.report().submitted()).count();
            classes.row(++no, get("class." + e.getKey().name()), rows.size(), t.total(), t.onTime(), t.late(),
                    t.inProgress(), t.overdue(), onTime, late, missing, f.open(), f.remediedOnTime(),
                    f.remediedLate());
        }
        classes.total(1, get("row.total"), 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        classes.finish();
        return wb.bytes();
    }

    /** The per-agency detail: each agency's tasks, its report of the period and its inspection findings. */
    static byte[] agencies(ProvinceSummary s) {
        StatisticsWorkbook wb = new StatisticsWorkbook();
        List<String> titles = new ArrayList<>(titles(s));
        titles.add(get("xlsx.agencies.subtitle", get("file.xlsx", s.window().title())));
        List<Column> columns = new ArrayList<>(tallyColumns(get("col.agency")));
        columns.add(Column.text(get("col.report")));
        columns.addAll(findingColumns());
        StatisticsWorkbook.Table agencies = wb.sheet(get("sheet.agency"), titles, columns);
        int no = 0;
        for (ProvinceSummary.AgencyRow a : s.agencies()) {
            Tally t = a.tally();
            agencies.row(++no, a.name(), t.total(), t.onTime(), t.late(), t.inProgress(), t.overdue(), a.reportState(),
                    a.findings().open(), a.findings().remediedOnTime(), a.findings().remediedLate());
        }
        agencies.total(1, get("row.total"), 2, 3, 4, 5, 6, 8, 9, 10);
        agencies.finish();
        return wb.bytes();
    }

    private static List<String> titles(ProvinceSummary s) {
        return List.of(get("annex.subtitle", s.window().title()).toUpperCase(),
                get("xlsx.subtitle", s.province(), s.planTitle()));
    }

    /** No., name, total, on time, late, in progress, overdue (also the year-end workbook's). */
    static List<Column> tallyColumns(String nameHeading) {
        return List.of(Column.number(get("col.no")), Column.text(nameHeading), Column.number(get("col.total")),
                Column.number(get("col.onTime")), Column.number(get("col.late")), Column.number(get("col.inProgress")),
                Column.number(get("col.overdue")));
    }

    /** No., class, number of agencies, then the tally columns (also the year-end workbook's). */
    static List<Column> classColumns() {
        List<Column> columns = new ArrayList<>(tallyColumns(get("col.class")));
        columns.add(2, Column.number(get("col.agencies")));
        return columns;
    }

    static List<Column> findingColumns() {
        return List.of(Column.number(get("col.findingsOpen")), Column.number(get("col.findingsOnTime")),
                Column.number(get("col.findingsLate")));
    }

    static void tallyRow(StatisticsWorkbook.Table table, Integer no, String name, Tally t) {
        table.row(no, name, t.total(), t.onTime(), t.late(), t.inProgress(), t.overdue());
    }

    /** The rows grouped by their agency's class, in the classes' order (departments first). */
    static <T> Map<AgencyClass, List<T>> byClass(List<T> rows, Function<T, AgencyClass> classOf) {
        Map<AgencyClass, List<T>> groups = new EnumMap<>(AgencyClass.class);
        for (T row : rows) {
            AgencyClass c = classOf.apply(row);
            groups.computeIfAbsent(c == null ? AgencyClass.OTHER : c, k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    static Tally sum(List<Tally> tallies) {
        Tally t = Tally.ZERO;
        for (Tally x : tallies) {
            t = new Tally(t.onTime() + x.onTime(), t.late() + x.late(), t.inProgress() + x.inProgress(),
                    t.overdue() + x.overdue());
        }
        return t;
    }

    static FindingCounts findings(List<FindingCounts> counts) {
        int open = 0;
        int onTime = 0;
        int late = 0;
        for (FindingCounts f : counts) {
            open += f.open();
            onTime += f.remediedOnTime();
            late += f.remediedLate();
        }
        return new FindingCounts(open, onTime, late);
    }
}
