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
 * on every page. A long table may print {@link Table#portrait() portrait} on a {@link Table#pagesTall(int) bounded
 * number of pages} with {@link Table#compact() compact rows}; {@link #MIN_PRINTED_POINTS} is the smallest text a
 * reader is asked to read once the program has scaled a sheet to its pages. Every generated XLSX is written with it.
 */
public final class StatisticsWorkbook {

    /** Widest a text column gets, in characters; longer cells wrap. */
    static final int MAX_TEXT_CHARS = 48;
    /** The same for a {@link Table#compact() compact} table: long names wrap onto a second line. */
    static final int COMPACT_TEXT_CHARS = 30;
    /** The size of every body cell's font (points, before the print scaling). */
    public static final short FONT_SIZE = 12;
    /** The smallest effective size (font × print scale, points) a generated sheet may print its text at. */
    public static final double MIN_PRINTED_POINTS = 8;
    /**
     * Points a character of column width takes as LibreOffice prints it (the default font's digit is 7 px at 96 dpi,
     * 5.25 pt; measured on its PDF, a sheet prints about 5 % wider).
     */
    static final double POINTS_PER_CHAR = 5.5;
    /** A portrait table is not shrunk below this to fit the page's width: it prints landscape instead. */
    static final double MIN_WIDTH_SCALE = 0.85;
    private static final double PORTRAIT_WIDTH = 595.3;

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
    private final CellStyle note;

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
        note = style(false, FONT_SIZE, true, HorizontalAlignment.LEFT, null, false);
        note.setWrapText(true);
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
        private final List<String> notes = new ArrayList<>();
        private boolean portrait;
        private boolean compact;
        private int pagesTall;
        private int bodyRows;

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
            bodyRows++;
            return row;
        }

        /**
         * The total row: {@code label} in column {@code labelColumn}, and a SUM formula over the body rows in every
         * number column listed (its cached value computed too, so readers without recalculation see it).
         */
        public Row total(int labelColumn, String label, int... sumColumns) {
            return summary("SUM", labelColumn, label, sumColumns);
        }

        /**
         * A row under the body rows computed by a spreadsheet function ({@code "SUM"}, {@code "AVERAGE"}) over them
         * in every column listed, its cached value computed too; {@code label} in column {@code labelColumn}.
         */
        public Row summary(String function, int labelColumn, String label, int... sumColumns) {
            int first = headingRow + 1;
            int last = headingRow + bodyRows;
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
                Cell cell = row.getCell(c);
                cell.setCellFormula(function + "(" + col + (first + 1) + ":" + col + (last + 1) + ")");
                cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                double value = cell.getNumericCellValue();
                shown.set(c, value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.2f", value));
            }
            texts.add(shown);
            return row;
        }

        public Sheet sheet() {
            return sheet;
        }

        /**
         * Prints on A4 portrait instead of landscape: a narrow, long table. A table too wide for a portrait page
         * (scaled below {@link #MIN_WIDTH_SCALE} to fit) stays landscape.
         */
        public Table portrait() {
            portrait = true;
            return this;
        }

        /** Rows as high as their lines need and no more, and narrower margins: a long table. */
        public Table compact() {
            compact = true;
            return this;
        }

        /**
         * Scales the sheet to at most {@code pages} pages tall (and one page wide), the program shrinking it as
         * needed: the caller keeps the result readable (at least {@link #MIN_PRINTED_POINTS}), tests check it.
         */
        public Table pagesTall(int pages) {
            pagesTall = pages;
            return this;
        }

        /** A note under the table (a legend of abbreviated headings), across its width, wrapped. */
        public Table note(String text) {
            notes.add(text);
            return this;
        }

        /**
         * Fits the column widths to the content (a number column at least half its heading, so headings wrap onto
         * two lines, a text column at most {@link #MAX_TEXT_CHARS}), gives each row the height its wrapped cells
         * need (spreadsheet programs do not recompute it when they open the file), freezes the heading, and sets up
         * printing.
         */
        public void finish() {
            int[] chars = new int[columns.size()];
            double[] room = new double[columns.size()];
            int width = 0;
            for (int c = 0; c < columns.size(); c++) {
                String heading = columns.get(c).heading();
                int longestWord = longestWord(heading) + 1;
                int longest = 0;
                for (List<String> row : texts) {
                    longestWord = Math.max(longestWord, longestWord(row.get(c)));
                    longest = Math.max(longest, length(row.get(c)));
                }
                boolean isText = columns.get(c).kind() == Kind.TEXT;
                int maxText = compact ? COMPACT_TEXT_CHARS : MAX_TEXT_CHARS;
                chars[c] = isText
                        ? Math.min(Math.max(longest, longestWord), Math.max(maxText, longestWord))
                        : Math.max(Math.max(longest + (compact ? 1 : 2), longestWord), (length(heading) + 1) / 2 + (compact ? 2 : 1));
                chars[c] = Math.max(chars[c], compact ? 4 : 5);
                // two characters of air around the content; a compact table's numbers make do with one
                int column = Math.min(255, chars[c] + (compact && !isText ? 1 : 2));
                sheet.setColumnWidth(c, column * 256);
                room[c] = column - 0.5;
                width += column;
            }
            List<String> headings = columns.stream().map(Column::heading).toList();
            // headings are bold: a tenth wider than the regular text the estimate measures
            double[] headingRoom = java.util.Arrays.stream(room).map(r -> r * 0.9).toArray();
            sheet.getRow(headingRow).setHeightInPoints(height(headings, headingRoom, false));
            for (int r = 0; r < texts.size(); r++) {
                sheet.getRow(headingRow + 1 + r).setHeightInPoints(height(texts.get(r), room, compact));
            }
            for (String text : notes) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                Cell cell = row.createCell(0);
                cell.setCellValue(text);
                cell.setCellStyle(note);
                if (columns.size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0,
                            columns.size() - 1));
                }
                row.setHeightInPoints(height(List.of(text), new double[] {width - 0.5}, compact));
            }
            sheet.createFreezePane(0, headingRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headingRow, headingRow, -1, -1));
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, compact ? 0.5 : 0.6);
            sheet.setMargin(Sheet.RightMargin, compact ? 0.3 : 0.4);
            sheet.setMargin(Sheet.TopMargin, compact ? 0.4 : 0.5);
            sheet.setMargin(Sheet.BottomMargin, compact ? 0.5 : 0.6);
            sheet.setMargin(Sheet.FooterMargin, compact ? 0.2 : 0.3);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(!portrait || width * POINTS_PER_CHAR * MIN_WIDTH_SCALE > PORTRAIT_WIDTH
                    - 72 * (sheet.getMargin(Sheet.LeftMargin) + sheet.getMargin(Sheet.RightMargin)));
            print.setFitWidth((short) 1);
            print.setFitHeight((short) pagesTall);
            sheet.getFooter().setCenter("&\"" + AdministrativeDocument.FONT + ",Regular\"&11Trang &P/&N");
        }

        /** Points a row needs: its cell that wraps onto the most lines, at the column widths given in characters. */
        private static float height(List<String> cells, double[] room, boolean compact) {
            int lines = 1;
            for (int c = 0; c < cells.size() && c < room.length; c++) {
                lines = Math.max(lines, lines(cells.get(c), room[c]));
            }
            // Times New Roman's line is 1.15 × its size: compact rows keep one point of air
            return compact ? lines * (FONT_SIZE * 1.15f) + 1 : lines * (FONT_SIZE * 1.25f) + 3;
        }

        /** Lines a text takes wrapped at word boundaries into {@code room} characters (a column less its air). */
        private static int lines(String text, double room) {
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
