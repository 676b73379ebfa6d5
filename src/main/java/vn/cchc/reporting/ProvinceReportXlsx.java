package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The statistics of the province's periodic report as a workbook: per area, per agency, inspection findings. */
final class ProvinceReportXlsx {

    private ProvinceReportXlsx() {
    }

    static byte[] write(ProvinceSummary s) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet areas = sheet(wb, bold, get("sheet.area"), get("col.no"), get("col.area"), get("col.total"),
                    get("col.onTime"), get("col.late"), get("col.inProgress"), get("col.overdue"));
            int no = 0;
            for (ProvinceSummary.AreaRow a : s.areas()) {
                tallyRow(areas, ++no, a.area(), a.tally());
            }
            tallyRow(areas, null, get("row.total"), s.total());

            Sheet agencies = sheet(wb, bold, get("sheet.agency"), get("col.no"), get("col.agency"), get("col.total"),
                    get("col.onTime"), get("col.late"), get("col.inProgress"), get("col.overdue"), get("col.report"),
                    get("col.findingsOpen"), get("col.findingsOnTime"), get("col.findingsLate"));
            no = 0;
            for (ProvinceSummary.AgencyRow a : s.agencies()) {
                Row row = tallyRow(agencies, ++no, a.name(), a.tally());
                row.createCell(7).setCellValue(a.reportState());
                row.createCell(8).setCellValue(a.findings().open());
                row.createCell(9).setCellValue(a.findings().remediedOnTime());
                row.createCell(10).setCellValue(a.findings().remediedLate());
            }
            for (Sheet sheet : new Sheet[] {areas, agencies}) {
                sheet.setColumnWidth(1, 60 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, CellStyle bold, String name, String... headings) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            row.createCell(i).setCellValue(headings[i]);
            row.getCell(i).setCellStyle(bold);
        }
        return sheet;
    }

    /** A row of counts: no., name, total, on time, late, in progress, overdue (also the year-end workbook's). */
    static Row tallyRow(Sheet sheet, Integer no, String name, Tally t) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        if (no != null) {
            row.createCell(0).setCellValue(no);
        }
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(t.total());
        row.createCell(3).setCellValue(t.onTime());
        row.createCell(4).setCellValue(t.late());
        row.createCell(5).setCellValue(t.inProgress());
        row.createCell(6).setCellValue(t.overdue());
        return row;
    }
}
