package vn.cchc.documents.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook of statistical tables that prints: one sheet per table, title rows above it, the heading row wrapped
 * and frozen, column widths fitted to content (text columns wrap past {@link #MAX_TEXT_CHARS}), number formats,
 * totals as formulas, and the print setup of an annex: A4 landscape, one page wide, title and heading rows repeated
 * on every page. Every generated XLSX is written with it.
 */
public final class StatisticsWorkbook {

    /** Widest a text column gets, in characters; longer cells wrap. */
    static final int MAX_TEXT_CHARS = 48;
    private static final short FONT_SIZE = 12;

    /** What a column holds: text, whole numbers, numbers with decimals, or a percentage (0–100, one decimal). */
    public enum Kind { TEXT, INTEGER, DECIMAL, PERCENT }

    public record Column(String heading, Kind kind) {

        public static Column text(String heading) {
            return new Column(heading, Kind.TEXT);
        }

        public static Column number(String heading) {
            return new Column(heading, Kind.INTEGER);
        }

        public static Column decimal(String heading) {
            return new Column(heading, Kind.DECIMAL);
        }
    }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle heading;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle totalText;
    private final CellStyle totalInteger;
    private final CellStyle totalDecimal;

    public StatisticsWorkbook() {
        title = style(true, 14, false, HorizontalAlignment.CENTER, null, false);
        subtitle = style(false, FONT_SIZE, true, HorizontalAlignment.CENTER, null, false);
        heading = style(true, FONT_SIZE, false, HorizontalAlignment.CENTER, null, true);
        heading.setWrapText(true);
        text = style(false, FONT_SIZE, false, HorizontalAlignment.LEFT, null, true);
        text.setWrapText(true);
        integer = style(false, FONT_SIZE, false, HorizontalAlignment.CENTER, "#,##0", true);
        decimal = style(false, FONT_SIZE, false, HorizontalAlignment.CENTER, "#,##0.0#", true);
        totalText = style(true, FONT_SIZE, false, HorizontalAlignment.LEFT, null, true);
        totalInteger = style(true, FONT_SIZE, false, HorizontalAlignment.CENTER, "#,##0", true);
        totalDecimal = style(true, FONT_SIZE, false, HorizontalAlignment.CENTER, "#,##0.0#", true);
    }

    /** A new sheet holding one table, with its title lines (the first bold) merged across the table. */
    public Table sheet(String name, List<String> titles, List<Column> columns) {
        Sheet sheet = wb.createSheet(name);
        int r = 0;
        for (String line : titles) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(r == 0 ? title : subtitle);
            row.setHeightInPoints(r == 0 ? 21 : 17);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
            }
            r++;
        }
        if (!titles.isEmpty()) {
            sheet.createRow(r++);
        }
        Row head = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).heading());
            cell.setCellStyle(heading);
        }
        return new Table(sheet, columns, r);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sheet's table: rows added in order, then {@link #finish()} fits the widths and sets up printing. */
    public final class Table {

        private final Sheet sheet;
        private final List<Column> columns;
        private final int headingRow;
        private final List<List<String>> texts = new ArrayList<>();

        private Table(Sheet sheet, List<Column> columns, int headingRow) {
            this.sheet = sheet;
            this.columns = columns;
            this.headingRow = headingRow;
        }

        /** A body row: Strings for text columns, Numbers for the others (null leaves a cell empty). */
        public Row row(Object... values) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Object v = c < values.length ? values[c] : null;
                Cell cell = row.createCell(c);
                Kind kind = columns.get(c).kind();
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null) {
                    cell.setCellValue(v.toString());
                }
                cell.setCellStyle(kind == Kind.TEXT ? text : kind == Kind.INTEGER ? integer : decimal);
                shown.add(v == null ? "" : v instanceof Number n && kind == Kind.INTEGER
                        ? String.valueOf(n.longValue()) : String.valueOf(v));
            }
            texts.add(shown);
            return row;
        }

        /**
         * The total row: {@code label} in column {@code labelColumn}, and a SUM formula over the body rows in every
         * number column listed (its cached value computed too, so readers without recalculation see it).
         */
        public Row total(int labelColumn, String label, int... sumColumns) {
            int first = headingRow + 1;
            int last = sheet.getLastRowNum();
            Row row = sheet.createRow(last + 1);
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                Kind kind = columns.get(c).kind();
                cell.setCellStyle(kind == Kind.TEXT ? totalText : kind == Kind.INTEGER ? totalInteger : totalDecimal);
                shown.add("");
            }
            row.getCell(labelColumn).setCellValue(label);
            shown.set(labelColumn, label);
            for (int c : sumColumns) {
                String col = CellReference.convertNumToColString(c);
                double sum = 0;
                for (int r = first; r <= last; r++) {
                    Cell body = sheet.getRow(r).getCell(c);
                    if (body != null && body.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        sum += body.getNumericCellValue();
                    }
                }
                Cell cell = row.getCell(c);
                cell.setCellFormula("SUM(" + col + (first + 1) + ":" + col + (last + 1) + ")");
                cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                shown.set(c, String.valueOf((long) sum));
            }
            texts.add(shown);
            return row;
        }

        public Sheet sheet() {
            return sheet;
        }

        /**
         * Fits the column widths to the content (a number column at least half its heading, so headings wrap onto
         * two lines, a text column at most {@link #MAX_TEXT_CHARS}), gives each row the height its wrapped cells
         * need (spreadsheet programs do not recompute it when they open the file), freezes the heading, and sets up
         * printing.
         */
        public void finish() {
            int[] chars = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String heading = columns.get(c).heading();
                int longestWord = longestWord(heading) + 1;
                int longest = 0;
                for (List<String> row : texts) {
                    longestWord = Math.max(longestWord, longestWord(row.get(c)));
                    longest = Math.max(longest, length(row.get(c)));
                }
                chars[c] = columns.get(c).kind() == Kind.TEXT
                        ? Math.min(Math.max(longest, longestWord), Math.max(MAX_TEXT_CHARS, longestWord))
                        : Math.max(Math.max(longest + 2, longestWord), (length(heading) + 1) / 2 + 1);
                chars[c] = Math.max(chars[c], 5);
                sheet.setColumnWidth(c, Math.min(255, chars[c] + 2) * 256);
            }
            List<String> headings = columns.stream().map(Column::heading).toList();
            sheet.getRow(headingRow).setHeightInPoints(height(headings, chars));
            for (int r = 0; r < texts.size(); r++) {
                sheet.getRow(headingRow + 1 + r).setHeightInPoints(height(texts.get(r), chars));
            }
            sheet.createFreezePane(0, headingRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headingRow, headingRow, -1, -1));
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 0.6);
            sheet.setMargin(Sheet.RightMargin, 0.4);
            sheet.setMargin(Sheet.TopMargin, 0.5);
            sheet.setMargin(Sheet.BottomMargin, 0.6);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.getFooter().setCenter("&\"" + AdministrativeDocument.FONT + ",Regular\"&11Trang &P/&N");
        }

        /** Points a row needs: its cell that wraps onto the most lines, at the column widths given in characters. */
        private static float height(List<String> cells, int[] chars) {
            int lines = 1;
            for (int c = 0; c < cells.size() && c < chars.length; c++) {
                lines = Math.max(lines, lines(cells.get(c), chars[c]));
            }
            return lines * (FONT_SIZE * 1.25f) + 3;
        }

        /** Lines a text takes wrapped at word boundaries into a column of {@code width} characters. */
        private static int lines(String text, int width) {
            double room = width + 1.5;   // the column is two characters wider than its content
            int lines = 1;
            double used = 0;
            for (String word : text.split("\\s+")) {
                double w = exact(word);
                if (used > 0 && used + 0.5 + w > room) {
                    lines++;
                    used = w;
                } else {
                    used += (used > 0 ? 0.5 : 0) + w;
                }
            }
            return lines;
        }

        /** Characters of the longest word; Vietnamese capitals count a little wider. */
        private static int longestWord(String value) {
            int widest = 0;
            for (String word : value.split("\\s+")) {
                widest = Math.max(widest, length(word));
            }
            return widest;
        }

        private static int length(String value) {
            return (int) Math.ceil(exact(value));
        }

        /** Width in characters of the default column unit (a digit of the 11 pt default font, ~5.1 pt at 10 pt). */
        private static double exact(String value) {
            return TextWidth.points(value, 10, false) / 5.1;
        }
    }

    private CellStyle style(boolean bold, int size, boolean italic, HorizontalAlignment align, String format,
                            boolean bordered) {
        CellStyle s = wb.createCellStyle();
        Font font = wb.createFont();
        font.setFontName(AdministrativeDocument.FONT);
        font.setFontHeightInPoints((short) size);
        font.setBold(bold);
        font.setItalic(italic);
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
