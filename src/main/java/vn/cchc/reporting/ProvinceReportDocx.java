package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.cchc.documents.format.AdministrativeDocument;
import vn.cchc.shared.DueDates;

/**
 * The province's periodic report as a Word document, in the format of Decree 30/2020/NĐ-CP
 * ({@link AdministrativeDocument}) and the sections of the Ministry of Home Affairs' outline: direction and
 * organisation, results per reform area (the agencies' own words, attributed), overall assessment, tasks for the
 * next period, proposals; then the signature block and, on landscape pages, the statistics annex (per area, per
 * agency, inspection findings). All wording is in {@code province-report.properties}.
 */
final class ProvinceReportDocx {

    private static final Set<Integer> COUNTS = Set.of(0, 2, 3, 4, 5, 6);

    private ProvinceReportDocx() {
    }

    /** {@code signer}: the leader's name once signed, null for a draft. */
    static byte[] write(ProvinceSummary s, ProvinceNarrative n, String signer) {
        AdministrativeDocument doc = new AdministrativeDocument(get("page.prefix"));
        doc.header(new AdministrativeDocument.Header(get("header.parent"),
                get("header.body", s.province().toUpperCase()), get("header.left.number"),
                get("header.place", s.province(), two(s.compiledOn().getDayOfMonth()),
                        two(s.compiledOn().getMonthValue()), String.valueOf(s.compiledOn().getYear())).strip(),
                get("header.right.1"), get("header.right.2")));
        doc.title(get("title"), get("subtitle", s.window().title(), s.province()));
        doc.paragraph(get("basis", s.planTitle(), get("basis.window", DueDates.format(s.window().cutOffFrom()),
                DueDates.format(s.window().cutOffTo()))));
        List<String> agencies = s.agencies().stream().map(ProvinceSummary.AgencyRow::name).toList();

        doc.heading(get("section.direction"));
        narrative(doc, n.direction(), agencies);

        doc.heading(get("section.results"));
        Tally t = s.total();
        doc.paragraph(get("total.line", t.total(), t.onTime(), t.percent(t.onTime()), t.late(), t.percent(t.late()),
                t.inProgress(), t.overdue()));
        for (int area : ReformAreas.all()) {
            doc.subheading(area + ". " + ReformAreas.title(area));
            Tally at = areaTally(s, area);
            if (at.total() > 0) {
                doc.paragraph(get("area.line", at.total(), at.onTime(), at.late(), at.inProgress(), at.overdue()));
            }
            narrative(doc, n.areas().get(area - 1), agencies);
        }

        doc.heading(get("section.assessment"));
        doc.subheading(get("assessment.strengths"));
        narrative(doc, n.strengths(), agencies);
        doc.subheading(get("assessment.shortcomings"));
        narrative(doc, n.shortcomings(), agencies);
        doc.subheading(get("assessment.causes"));
        narrative(doc, n.causes(), agencies);
        doc.heading(get("section.next"));
        narrative(doc, n.nextTasks(), agencies);
        doc.heading(get("section.proposals"));
        narrative(doc, n.proposals(), agencies);

        doc.signature(new AdministrativeDocument.Signature(get("recipients.title"),
                Arrays.asList(get("recipients").split("\\|")), get("sign.1"), get("sign.2"), signer));

        doc.landscape();
        doc.title(get("annex.title"), get("annex.subtitle", s.window().title()),
                get("annex.subtitle2", String.valueOf(s.window().year()), s.province()));
        doc.subheading(get("annex.area"));
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (ProvinceSummary.AreaRow a : s.areas()) {
            rows.add(tally(String.valueOf(++no), a.area(), a.tally()));
        }
        rows.add(tally("", get("row.total"), t));
        doc.table(new AdministrativeDocument.Table(List.of(get("col.no"), get("col.area"), get("col.total"),
                get("col.onTime"), get("col.late"), get("col.inProgress"), get("col.overdue")), rows, COUNTS, true));

        doc.subheading(get("annex.agency"));
        rows = new ArrayList<>();
        no = 0;
        for (ProvinceSummary.AgencyRow a : s.agencies()) {
            List<String> row = tally(String.valueOf(++no), a.name(), a.tally());
            row.add(a.reportState());
            rows.add(row);
        }
        doc.table(new AdministrativeDocument.Table(List.of(get("col.no"), get("col.agency"), get("col.total"),
                get("col.onTime"), get("col.late"), get("col.inProgress"), get("col.overdue"), get("col.report")),
                rows, Set.of(0, 2, 3, 4, 5, 6, 7), false));

        doc.subheading(get("annex.inspection"));
        if (s.withFindings().isEmpty()) {
            doc.paragraph(get("inspection.none"));
        } else {
            rows = new ArrayList<>();
            no = 0;
            for (ProvinceSummary.AgencyRow a : s.withFindings()) {
                rows.add(List.of(String.valueOf(++no), a.name(), String.valueOf(a.findings().open()),
                        String.valueOf(a.findings().remediedOnTime()), String.valueOf(a.findings().remediedLate())));
            }
            doc.table(new AdministrativeDocument.Table(List.of(get("col.no"), get("col.agency"),
                    get("col.findingsOpen"), get("col.findingsOnTime"), get("col.findingsLate")), rows,
                    Set.of(0, 2, 3, 4), false));
        }
        return doc.bytes();
    }

    /** One paragraph per line; a line "Agency name: …" is the agency's own text, its name set in italics. */
    private static void narrative(AdministrativeDocument doc, String text, List<String> agencies) {
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String who = agencies.stream().filter(a -> line.startsWith(a + ": ")).findFirst().orElse(null);
            if (who == null) {
                doc.paragraph(line);
            } else {
                doc.attributed(who, line.substring(who.length() + 2));
            }
        }
    }

    private static Tally areaTally(ProvinceSummary s, int area) {
        int onTime = 0;
        int late = 0;
        int inProgress = 0;
        int overdue = 0;
        for (ProvinceSummary.AreaRow a : s.areas()) {
            if (ReformAreas.of(a.area()) == area) {
                onTime += a.tally().onTime();
                late += a.tally().late();
                inProgress += a.tally().inProgress();
                overdue += a.tally().overdue();
            }
        }
        return new Tally(onTime, late, inProgress, overdue);
    }

    private static List<String> tally(String no, String name, Tally t) {
        return new ArrayList<>(List.of(no, name, String.valueOf(t.total()), String.valueOf(t.onTime()),
                String.valueOf(t.late()), String.valueOf(t.inProgress()), String.valueOf(t.overdue())));
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
