package vn.cchc.documents.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A Word document in the format of administrative documents of Decree 30/2020/NĐ-CP (Appendix I): A4, margins
 * top/bottom 20 mm, left 31 mm (binding), right 16 mm; Times New Roman, body 14 pt; the header block (issuing body
 * under its parent, national title and motto, number and symbol, place and date) and the signature block
 * ("Nơi nhận", TM./KT., title, signer) as borderless two-column tables; the page number at the top centre from the
 * second page on; tables with column widths fitted to their content and the heading row repeated on every page;
 * landscape sections for wide statistical tables. Every generated DOCX is written with it, so a format fix is made
 * once.
 */
public final class AdministrativeDocument {

    public static final String FONT = "Times New Roman";
    public static final int BODY_SIZE = 14;
    public static final int TABLE_SIZE = 13;

    /** Twentieths of a point (twips) per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(31);
    static final int MARGIN_RIGHT = mm(16);
    /** Left and right padding inside table cells, twips. */
    private static final int CELL_PADDING = 85;

    /** Header block. {@code parentBody} may be null (a body with no parent named, e.g. the provincial UBND). */
    public record Header(String parentBody, String issuingBody, String numberAndSymbol, String placeAndDate,
                         String nationalTitle, String motto) {
    }

    /**
     * Signature block: {@code authority} "TM. ỦY BAN NHÂN DÂN" (or KT. …, may be null), {@code title} "CHỦ TỊCH",
     * {@code signer} the name once signed (null leaves the space blank), recipients' lines after
     * {@code recipientsTitle}.
     */
    public record Signature(String recipientsTitle, List<String> recipients, String authority, String title,
                            String signer) {
    }

    /** A table: heading cells, body rows, the columns holding numbers (centred), whether the last row is a total. */
    public record Table(List<String> headings, List<List<String>> rows, Set<Integer> numberColumns,
                        boolean lastRowIsTotal) {
    }

    private final XWPFDocument doc = new XWPFDocument();
    private boolean landscape;

    public AdministrativeDocument(String pageNumberPrefix) {
        defaults();
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(sect, false);
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        if (pageNumberPrefix != null && !pageNumberPrefix.isEmpty()) {
            run(p, pageNumberPrefix, false, false, TABLE_SIZE);
        }
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        // the field's result text takes the run properties of the simple field: keep the font
        var r = p.getCTP().getFldSimpleArray(0).addNewR();
        var rPr = r.addNewRPr();
        CTFonts f = rPr.addNewRFonts();
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(TABLE_SIZE * 2L));
        r.addNewT().setStringValue("2");
    }

    /** The header block: two borderless columns, the issuing body on the left, national title on the right. */
    public void header(Header h) {
        XWPFTable table = borderless(new double[] {0.4, 0.6});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<XWPFParagraph> l = new ArrayList<>();
        if (h.parentBody() != null && !h.parentBody().isBlank()) {
            l.add(line(left, l.isEmpty(), h.parentBody(), false, false, 13));
        }
        for (String part : h.issuingBody().split("\n")) {
            l.add(line(left, l.isEmpty(), part, true, false, 13));
        }
        line(left, false, "―――――", false, false, 9);
        line(left, false, h.numberAndSymbol(), false, false, 13);
        line(right, true, h.nationalTitle(), true, false, 12);
        line(right, false, h.motto(), true, false, 13);
        line(right, false, "―――――――――――", false, false, 9);
        line(right, false, h.placeAndDate(), false, true, 14);
    }

    /** The document's name and summary, centred and bold (e.g. "BÁO CÁO", "Kết quả …"). */
    public void title(String... lines) {
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBefore(i == 0 ? 240 : 0);
            p.setSpacingAfter(i == lines.length - 1 ? 240 : 0);
            run(p, lines[i], true, false, BODY_SIZE);
        }
    }

    /** A section heading ("I. …"), bold. */
    public void heading(String text) {
        XWPFParagraph p = body();
        p.setSpacingBefore(180);
        run(p, text, true, false, BODY_SIZE);
    }

    /** A sub-heading ("1. …"), bold italic. */
    public void subheading(String text) {
        XWPFParagraph p = body();
        run(p, text, true, true, BODY_SIZE);
    }

    /** Body text: justified, first line indented 1 cm; one paragraph per line of {@code text}. */
    public void paragraph(String text) {
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                run(body(), line.strip(), false, false, BODY_SIZE);
            }
        }
    }

    /** A paragraph that quotes someone: their name in italics, then what they wrote (one paragraph per line). */
    public void attributed(String who, String text) {
        boolean first = true;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph p = body();
            if (first) {
                run(p, who + ": ", false, true, BODY_SIZE);
                first = false;
            }
            run(p, line.strip(), false, false, BODY_SIZE);
        }
    }

    /** A bordered table with widths fitted to content and its heading row repeated on every page. */
    public XWPFTable table(Table t) {
        List<List<String>> all = new ArrayList<>();
        all.add(t.headings());
        all.addAll(t.rows());
        double[][] measured = ColumnWidths.measure(all, 1, TABLE_SIZE, CELL_PADDING * 2 / 20.0 + 3);
        double[] widths = ColumnWidths.fit(measured[0], measured[1], textWidth() / 20.0);
        XWPFTable table = doc.createTable(1 + t.rows().size(), t.headings().size());
        layout(table, widths);
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            boolean heading = r == 0;
            boolean total = t.lastRowIsTotal() && r == t.rows().size();
            if (heading) {
                row.setRepeatHeader(true);
            }
            List<String> values = heading ? t.headings() : t.rows().get(r - 1);
            for (int c = 0; c < values.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                boolean centred = heading || t.numberColumns().contains(c);
                String[] lines = (values.get(c) == null ? "" : values.get(c)).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                    p.setSpacingBefore(20);
                    p.setSpacingAfter(20);
                    run(p, lines[i], heading || total, false, TABLE_SIZE);
                }
            }
        }
        doc.createParagraph().setSpacingAfter(0);
        return table;
    }

    /** Ends the portrait part: what follows is on landscape pages (wide statistical tables, annexes). */
    public void landscape() {
        if (landscape) {
            return;
        }
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        XWPFParagraph end = doc.createParagraph();
        end.getCTP().addNewPPr().setSectPr((CTSectPr) body.copy());
        page(body, true);
        if (body.isSetTitlePg()) {
            body.unsetTitlePg();
        }
        landscape = true;
    }

    /** The recipients on the left, the signature on the right, borderless (Decree 30/2020, Appendix I). */
    public void signature(Signature s) {
        doc.createParagraph().setSpacingAfter(0);
        XWPFTable table = borderless(new double[] {0.45, 0.55});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph title = left.getParagraphs().get(0);
        title.setSpacingBefore(120);
        run(title, s.recipientsTitle(), true, true, 12);
        for (String r : s.recipients()) {
            XWPFParagraph p = left.addParagraph();
            run(p, r, false, false, 11);
        }
        boolean first = true;
        if (s.authority() != null && !s.authority().isBlank()) {
            line(right, true, s.authority(), true, false, BODY_SIZE).setSpacingBefore(120);
            first = false;
        }
        XWPFParagraph t = line(right, first, s.title(), true, false, BODY_SIZE);
        if (first) {
            t.setSpacingBefore(120);
        }
        XWPFParagraph space = line(right, false, "", false, false, BODY_SIZE);
        space.setSpacingAfter(1440);
        line(right, false, s.signer() == null ? "" : s.signer(), true, false, BODY_SIZE);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width the text may take on the current section's pages, twips. */
    private int textWidth() {
        return (landscape ? PAGE_HEIGHT : PAGE_WIDTH) - MARGIN_LEFT - MARGIN_RIGHT;
    }

    private XWPFTable borderless(double[] shares) {
        XWPFTable table = doc.createTable(1, shares.length);
        table.removeBorders();
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        double total = textWidth() / 20.0;
        double[] widths = new double[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = shares[i] * total;
        }
        layout(table, widths);
        for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
            cell.getCTTc().addNewTcPr().addNewVAlign().setVal(STVerticalJc.TOP);
        }
        return table;
    }

    /** Fixed layout with the given column widths (points): grid, table width and every cell's width. */
    private void layout(XWPFTable table, double[] widths) {
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        int[] twips = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            twips[i] = (int) Math.floor(widths[i] * 20);
            total += twips[i];
        }
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(total));
        var mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        mar.addNewLeft().setW(BigInteger.valueOf(CELL_PADDING));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(CELL_PADDING));
        mar.getRight().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int t : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(t));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < twips.length && i < row.getTableCells().size(); i++) {
                var tcPr = row.getCell(i).getCTTc().isSetTcPr() ? row.getCell(i).getCTTc().getTcPr()
                        : row.getCell(i).getCTTc().addNewTcPr();
                CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(twips[i]));
            }
        }
    }

    private XWPFParagraph body() {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(mm(10));
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15);
        return p;
    }

    private static XWPFParagraph line(XWPFTableCell cell, boolean first, String text, boolean bold, boolean italic,
                                      int size) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        run(p, text, bold, italic, size);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private void defaults() {
        var styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
    }

    private static void page(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? PAGE_HEIGHT : PAGE_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? PAGE_WIDTH : PAGE_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(mm(10)));
        mar.setFooter(BigInteger.valueOf(mm(10)));
        mar.setGutter(BigInteger.ZERO);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }
}
