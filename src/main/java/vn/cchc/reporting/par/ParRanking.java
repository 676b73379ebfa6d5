package vn.cchc.reporting.par;

import static vn.cchc.reporting.ReportLabels.get;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.cchc.documents.format.StatisticsWorkbook;
import vn.cchc.documents.format.StatisticsWorkbook.Column;
import vn.cchc.shared.Texts;

/** The year's PAR Index ranking: agencies by appraised total, equal totals sharing a rank. */
record ParRanking(List<Entry> entries) {

    record Entry(int rank, String agencyId, String name, BigDecimal selfTotal, BigDecimal finalTotal,
                 Map<String, BigDecimal> byCriterion) {
    }

    record Unranked(String agencyId, String name, BigDecimal selfTotal, BigDecimal finalTotal,
                    Map<String, BigDecimal> byCriterion) {
    }

    static ParRanking of(List<Unranked> agencies) {
        List<Unranked> sorted = new ArrayList<>(agencies);
        sorted.sort(Comparator.comparing(Unranked::finalTotal).reversed().thenComparing(Unranked::name));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Unranked u = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).finalTotal().compareTo(u.finalTotal()) == 0
                    ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, u.agencyId(), u.name(), u.selfTotal(), u.finalTotal(), u.byCriterion()));
        }
        return new ParRanking(entries);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries) {
            text.append(Texts.get("reporting.par.ranking.line", e.rank(), e.name(), plain(e.finalTotal()),
                    plain(e.selfTotal()))).append('\n');
        }
        return text.toString();
    }

    /**
     * The ranking as a workbook ({@link StatisticsWorkbook}) that prints on two pages for a province's 130 agencies:
     * one table, the agencies by rank with their score per criterion (columns headed by the criterion's number), the
     * self-assessed and the appraised totals, the province's average per column as a formula, and under it the
     * legend of the criteria with their maxima. Portrait when it fits the width, two pages tall at most.
     */
    byte[] xlsx(List<ParIndexProperties.Criterion> criteria, int year, String province) {
        StatisticsWorkbook wb = new StatisticsWorkbook();
        List<String> titles = List.of(get("par.title", String.valueOf(year)), get("par.subtitle", province));
        List<Column> columns = new ArrayList<>(List.of(Column.number(get("par.col.rank")),
                Column.text(get("par.col.agency"))));
        criteria.forEach(c -> columns.add(Column.decimal(c.id())));
        columns.add(Column.decimal(get("par.col.self")));
        columns.add(Column.decimal(get("par.col.final")));
        StatisticsWorkbook.Table ranking = wb.sheet(get("par.sheet"), titles, columns);
        for (Entry e : entries) {
            Object[] row = new Object[columns.size()];
            row[0] = e.rank();
            row[1] = e.name();
            for (int i = 0; i < criteria.size(); i++) {
                row[2 + i] = e.byCriterion().get(criteria.get(i).id());
            }
            row[2 + criteria.size()] = e.selfTotal();
            row[3 + criteria.size()] = e.finalTotal();
            ranking.row(row);
        }
        if (!entries.isEmpty()) {
            int[] averaged = new int[criteria.size() + 2];
            for (int i = 0; i < averaged.length; i++) {
                averaged[i] = 2 + i;
            }
            ranking.summary("AVERAGE", 1, get("par.col.average"), averaged);
        }
        criteria.forEach(c -> ranking.note(get("par.legend", c.id(), c.name(), plain(c.maxScore()))));
        ranking.portrait().compact().pagesTall(2).finish();
        return wb.bytes();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
