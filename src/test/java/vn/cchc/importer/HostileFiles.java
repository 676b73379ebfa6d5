package vn.cchc.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Builds the files of the reader tests in memory: hostile DOCX/XLSX written as raw zip entries (a few hundred
 * bytes of XML that ask for billions of cells or unpack to hundreds of megabytes) and well-formed ones written with
 * POI from the rows of a seed plan. Nothing binary is committed.
 */
public final class HostileFiles {

    static final String HEADER = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời gian hoàn thành";

    private HostileFiles() {
    }

    // ---- raw DOCX -------------------------------------------------------------------------------------------

    /** A minimal DOCX package whose body is {@code bodyXml} (WordprocessingML inside {@code <w:body>}). */
    public static byte[] docx(String bodyXml) {
        return zip(List.of(
                entry("[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                        <Default Extension="xml" ContentType="application/xml"/>\
                        <Override PartName="/word/document.xml" \
                        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                        </Types>"""),
                entry("_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" \
                        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                        Target="word/document.xml"/></Relationships>"""),
                entry("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body>" + bodyXml + "</w:body></w:document>")));
    }

    static String tc(String text) {
        return "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p></w:tc>";
    }

    static String tc(String text, String properties) {
        return "<w:tc><w:tcPr>" + properties + "</w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">" + escape(text)
                + "</w:t></w:r></w:p></w:tc>";
    }

    static String tr(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    static String tbl(String... rows) {
        return "<w:tbl>" + String.join("", rows) + "</w:tbl>";
    }

    /** The header row of the task table as DOCX cells. */
    static String headerRow() {
        return tr(cells(HEADER.split("\t")));
    }

    static String[] cells(String... texts) {
        String[] cells = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cells[i] = tc(texts[i]);
        }
        return cells;
    }

    /** Issue 12: a ~1 KB DOCX whose one cell spans {@code span} grid columns. */
    public static byte[] docxWithSpan(String span) {
        return docx(tbl(headerRow(),
                tr(tc("1."), tc("Rà soát thủ tục hành chính", "<w:gridSpan w:val=\"" + span + "\"/>"),
                        tc("Sở Tư pháp"), tc(""), tc("Báo cáo"), tc("Quý I/2024"))));
    }

    /** Tables nested {@code depth} deep in the first cell of a task row. */
    public static byte[] docxNested(int depth) {
        String inner = "<w:p><w:r><w:t>lồng</w:t></w:r></w:p>";
        for (int i = 0; i < depth; i++) {
            inner = "<w:tbl><w:tr><w:tc>" + inner + "</w:tc></w:tr></w:tbl><w:p/>";
        }
        return docx(tbl(headerRow(), tr(tc("1."), "<w:tc>" + inner + "<w:p/></w:tc>", tc("Sở Tư pháp"), tc(""),
                tc("Báo cáo"), tc("Quý I/2024"))));
    }

    /** A DOCX whose document part unpacks to {@code megabytes} MB (spaces in one paragraph): a zip bomb. */
    public static byte[] docxBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] small = docx(tbl(headerRow()));
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(small))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    byte[] content = in.readAllBytes();
                    if (e.getName().equals("word/document.xml")) {
                        String xml = new String(content, StandardCharsets.UTF_8);
                        int cut = xml.indexOf("<w:body>") + "<w:body>".length();
                        zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                        zip.write("<w:p><w:r><w:t xml:space=\"preserve\">".getBytes(StandardCharsets.UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        java.util.Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < megabytes; i++) {
                            zip.write(spaces);
                        }
                        zip.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
                        zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content);
                    }
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ---- XLSX written with POI -----------------------------------------------------------------------------

    /** Issue 12: one cell in column XFD (holding {@code text}) and {@code merges} merged regions beside a task table. */
    public static byte[] xlsxCellInXfd(String text, int merges) {
        StringBuilder rows = new StringBuilder(xlsxRow(1, HEADER.split("\t")));
        for (int r = 2; r <= 21; r++) {
            String row = xlsxRow(r, (r - 1) + ".", "Nhiệm vụ số " + (r - 1), "Sở Tư pháp", "", "Báo cáo", "Quý I/2024");
            rows.append(row, 0, row.length() - "</row>".length())
                    .append("<c r=\"XFD").append(r).append("\" t=\"inlineStr\"><is><t>").append(escape(text))
                    .append("</t></is></c></row>");
        }
        StringBuilder regions = new StringBuilder();
        for (int m = 0; m < merges; m++) {
            regions.append("<mergeCell ref=\"I").append(100 + 2 * m).append(":J").append(101 + 2 * m).append("\"/>");
        }
        return xlsxRaw(rows, regions, merges);
    }

    /**
     * Issue 12: {@code rows} task rows and as many merged regions: the lead column merged down over each pair of
     * rows (the second row of a pair takes the lead of the first) and the product merged across two columns.
     * Written as raw sheet XML: POI's writer checks each new region against the others and would take minutes.
     */
    public static byte[] xlsxManyMerges(int rows) {
        StringBuilder xml = new StringBuilder(xlsxRow(1, "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Sản phẩm", "", "Thời gian hoàn thành"));
        StringBuilder regions = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            int n = r + 1;
            xml.append(xlsxRow(n, r + ".", "Nhiệm vụ số " + r, r % 2 == 1 ? "Sở Tư pháp" : "", "", "Báo cáo", "",
                    "Quý I/2024"));
            regions.append(r % 2 == 1 && r < rows ? "<mergeCell ref=\"C" + n + ":C" + (n + 1) + "\"/>"
                    : "<mergeCell ref=\"E" + n + ":F" + n + "\"/>");
        }
        return xlsxRaw(xml, regions, rows);
    }

    private static String xlsxRow(int number, String... values) {
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.append("<c r=\"").append((char) ('A' + c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                        .append(escape(values[c])).append("</t></is></c>");
            }
        }
        return row.append("</row>").toString();
    }

    /** A minimal XLSX package: one sheet with these rows and merged regions (inline strings, no styles). */
    private static byte[] xlsxRaw(CharSequence rows, CharSequence mergeCells, int mergeCount) {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        return zip(List.of(
                entry("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>"),
                entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>"),
                entry("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main
                        + "\" xmlns:r=\"" + rel + "\"><sheets><sheet name=\"Phụ lục\" sheetId=\"1\" r:id=\"rId1\"/>"
                        + "</sheets></workbook>"),
                entry("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>"),
                entry("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                        + main + "\"><sheetData>" + rows + "</sheetData>"
                        + (mergeCount == 0 ? "" : "<mergeCells count=\"" + mergeCount + "\">" + mergeCells + "</mergeCells>")
                        + "</worksheet>")));
    }

    /** A workbook of one sheet with these rows (tab-separated cells). */
    static byte[] xlsx(List<String> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            for (int r = 0; r < lines.size(); r++) {
                row(sheet, r, lines.get(r).split("\t", -1));
            }
            return write(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document with one table of these rows (tab-separated cells), written by POI. */
    static byte[] docx(List<String> lines) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Kế hoạch cải cách hành chính năm 2024");
            int width = lines.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(1);
            XWPFTable table = document.createTable(lines.size(), width);
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split("\t", -1);
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.getCell(c).setText(cells[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The task table of seed 000 as tab-separated lines: its header and every row with an STT, a task and a lead,
     * each once (the seed repeats some rows, which the importer would rightly drop).
     */
    static List<String> seedTable() {
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        lines.add(HEADER);
        try {
            String text = java.nio.file.Files.readString(Seeds.seed("000"));
            for (String line : text.split("\n")) {
                String[] cells = line.split("\t", -1);
                if (cells.length >= 6 && CellText.isStt(cells[0]) && !cells[0].isBlank() && !cells[1].isBlank()
                        && !cells[2].isBlank()) {
                    lines.add(String.join("\t", List.of(cells).subList(0, 6)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }

    private static byte[] write(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private record Entry(String name, byte[] content) {
    }

    private static Entry entry(String name, String content) {
        return new Entry(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
