package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cchc.plan.DueDates;

/**
 * The province's periodic report as a Word document in the usual administrative layout: the two-column header
 * (issuing body and number / national motto, place and date), title, submission of agency reports, tables per area
 * and per agency, inspection findings, recipients and the signature block.
 */
final class ProvinceReportDocx {

    private static final String FONT = "Times New Roman";

    private ProvinceReportDocx() {
    }

    static byte[] write(ProvinceSummary s) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(doc, s);
            paragraph(doc, get("title"), true, ParagraphAlignment.CENTER, 14);
            paragraph(doc, get("subtitle", s.window().title(), s.province()), true, ParagraphAlignment.CENTER, 14);
            paragraph(doc, get("basis", s.planTitle(), "từ ngày " + DueDates.format(s.window().cutOffFrom())
                    + " đến ngày " + DueDates.format(s.window().cutOffTo())), false, ParagraphAlignment.BOTH, 13);
            submission(doc, s);
            areas(doc, s);
            agencies(doc, s);
            inspection(doc, s);
            signature(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument doc, ProvinceSummary s) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        XWPFTableRow row = table.getRow(0);
        cellLines(row.getCell(0), true, get("header.left.1"), get("header.left.2", s.province().toUpperCase()),
                "———", get("header.left.number"));
        cellLines(row.getCell(1), true, get("header.right.1"), get("header.right.2"), "———");
        XWPFParagraph place = row.getCell(1).addParagraph();
        place.setAlignment(ParagraphAlignment.CENTER);
        run(place, get("header.place", s.province(), two(s.compiledOn().getDayOfMonth()),
                two(s.compiledOn().getMonthValue()), String.valueOf(s.compiledOn().getYear())), false, 13).setItalic(true);
    }

    private static void submission(XWPFDocument doc, ProvinceSummary s) {
        paragraph(doc, get("section.submission"), true, ParagraphAlignment.LEFT, 13);
        int expected = s.submitted().size() + s.missing().size();
        paragraph(doc, get("submission.counts", s.submitted().size(), expected, s.submittedOnTime(),
                s.submitted().size() - s.submittedOnTime()), false, ParagraphAlignment.BOTH, 13);
        List<String> missing = s.missing().stream().map(ProvinceSummary.AgencyRow::name).toList();
        paragraph(doc, missing.isEmpty() ? get("submission.none.missing")
                : get("submission.missing", String.join("; ", missing)), false, ParagraphAlignment.BOTH, 13);
    }

    private static void areas(XWPFDocument doc, ProvinceSummary s) {
        paragraph(doc, get("section.area"), true, ParagraphAlignment.LEFT, 13);
        Tally t = s.total();
        paragraph(doc, get("total.line", t.total(), t.onTime(), t.percent(t.onTime()), t.late(), t.percent(t.late()),
                t.inProgress(), t.overdue()), false, ParagraphAlignment.BOTH, 13);
        XWPFTable table = table(doc, get("col.no"), get("col.area"), get("col.total"), get("col.onTime"),
                get("col.late"), get("col.inProgress"), get("col.overdue"));
        int no = 0;
        for (ProvinceSummary.AreaRow a : s.areas()) {
            tallyRow(table, String.valueOf(++no), a.area(), a.tally());
        }
        tallyRow(table, "", get("row.total"), t);
    }

    private static void agencies(XWPFDocument doc, ProvinceSummary s) {
        paragraph(doc, get("section.agency"), true, ParagraphAlignment.LEFT, 13);
        XWPFTable table = table(doc, get("col.no"), get("col.agency"), get("col.total"), get("col.onTime"),
                get("col.late"), get("col.inProgress"), get("col.overdue"), get("col.report"));
        int no = 0;
        for (ProvinceSummary.AgencyRow a : s.agencies()) {
            XWPFTableRow row = tallyRow(table, String.valueOf(++no), a.name(), a.tally());
            text(row.getCell(7), a.reportState(), false);
        }
    }

    private static void inspection(XWPFDocument doc, ProvinceSummary s) {
        paragraph(doc, get("section.inspection"), true, ParagraphAlignment.LEFT, 13);
        if (s.withFindings().isEmpty()) {
            paragraph(doc, get("inspection.none"), false, ParagraphAlignment.BOTH, 13);
            return;
        }
        XWPFTable table = table(doc, get("col.no"), get("col.agency"), get("col.findingsOpen"),
                get("col.findingsOnTime"), get("col.findingsLate"));
        int no = 0;
        for (ProvinceSummary.AgencyRow a : s.withFindings()) {
            row(table, String.valueOf(++no), a.name(), String.valueOf(a.findings().open()),
                    String.valueOf(a.findings().remediedOnTime()), String.valueOf(a.findings().remediedLate()));
        }
    }

    private static void signature(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        XWPFTableCell left = table.getRow(0).getCell(0);
        cellLines(left, false, get("recipients.title"));
        for (String line : get("recipients").split("\\|")) {
            run(left.addParagraph(), line, false, 11);
        }
        cellLines(table.getRow(0).getCell(1), true, get("sign.1"), get("sign.2"));
    }

    private static XWPFTable table(XWPFDocument doc, String... headings) {
        XWPFTable table = doc.createTable(1, headings.length);
        for (int i = 0; i < headings.length; i++) {
            text(table.getRow(0).getCell(i), headings[i], true);
        }
        return table;
    }

    private static XWPFTableRow tallyRow(XWPFTable table, String no, String name, Tally t) {
        return row(table, no, name, String.valueOf(t.total()), String.valueOf(t.onTime()), String.valueOf(t.late()),
                String.valueOf(t.inProgress()), String.valueOf(t.overdue()));
    }

    private static XWPFTableRow row(XWPFTable table, String... values) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.length; i++) {
            text(row.getCell(i), values[i], false);
        }
        return row;
    }

    private static void text(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, value, bold, 12);
    }

    private static void cellLines(XWPFTableCell cell, boolean bold, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, lines[i], bold, 13);
        }
    }

    private static void paragraph(XWPFDocument doc, String value, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, value, bold, size);
    }

    private static XWPFRun run(XWPFParagraph p, String value, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(value);
        return run;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
