package vn.cchc.documents.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How a workbook's sheets will print, estimated from the file alone (POI): the scale a spreadsheet program applies
 * to fit a sheet to its pages (one page wide, at most {@code fitHeight} tall) and so the effective size of its
 * smallest text. What a test asserts against {@link StatisticsWorkbook#MIN_PRINTED_POINTS} so a sheet never meets
 * its page count by shrinking text below legibility. The estimate errs small: header and footer bands are taken
 * out of the page, and the repeated heading is counted on every page.
 */
public final class PrintedSheets {

    /** One sheet: its name, orientation, pages tall it is fitted to (0 = any), scale and smallest printed text. */
    public record Printed(String name, boolean landscape, int fitHeight, double scale, double smallestFont,
                          double effectivePoints) {
    }

    private static final double A4_SHORT = 595.3;
    private static final double A4_LONG = 841.9;
    /** Header and footer band a program reserves inside the margins (points). */
    private static final double BANDS = 24;

    private PrintedSheets() {
    }

    public static List<Printed> of(byte[] xlsx) throws IOException {
        List<Printed> sheets = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) {
                sheets.add(of((XSSFSheet) s));
            }
        }
        return sheets;
    }

    static Printed of(XSSFSheet sheet) {
        boolean landscape = sheet.getPrintSetup().getLandscape();
        double pageWidth = (landscape ? A4_LONG : A4_SHORT)
                - 72 * (sheet.getMargin(Sheet.LeftMargin) + sheet.getMargin(Sheet.RightMargin));
        double pageHeight = (landscape ? A4_SHORT : A4_LONG)
                - 72 * (sheet.getMargin(Sheet.TopMargin) + sheet.getMargin(Sheet.BottomMargin)) - BANDS;
        int lastColumn = 0;
        double height = 0;
        double smallest = Double.MAX_VALUE;
        for (Row row : sheet) {
            height += row.getHeightInPoints();
            for (Cell cell : row) {
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
                if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK) {
                    smallest = Math.min(smallest, sheet.getWorkbook()
                            .getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints());
                }
            }
        }
        double width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256.0 * StatisticsWorkbook.POINTS_PER_CHAR;
        }
        int fitHeight = sheet.getPrintSetup().getFitHeight();
        double scale = Math.min(1, pageWidth / width);
        if (sheet.getFitToPage() && fitHeight > 0) {
            double repeated = 0;
            if (sheet.getRepeatingRows() != null) {
                for (int r = sheet.getRepeatingRows().getFirstRow(); r <= sheet.getRepeatingRows().getLastRow(); r++) {
                    repeated += sheet.getRow(r).getHeightInPoints();
                }
            }
            scale = Math.min(scale, fitHeight * pageHeight / (height + (fitHeight - 1) * repeated));
        }
        return new Printed(sheet.getSheetName(), landscape, fitHeight, scale, smallest, smallest * scale);
    }
}
