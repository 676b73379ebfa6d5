package vn.cchc.reporting;

import static vn.cchc.reporting.ReportLabels.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The year-end statistics and the carry-over list as workbooks, for the documents page. */
final class YearEndXlsx {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private YearEndXlsx() {
    }

    /** Per area and per agency: assignments by status, reports sent on time, inspection findings. */
    static byte[] statistics(YearEndSummary s) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet areas = sheet(wb, get("sheet.area"), get("col.no"), get("col.area"), get("col.total"),
                    get("col.onTime"), get("col.late"), get("col.inProgress"), get("col.overdue"));
            int no = 0;
            for (YearEndSummary.Row a : s.areas()) {
                ProvinceReportXlsx.tallyRow(areas, ++no, a.name(), a.tally());
            }
            ProvinceReportXlsx.tallyRow(areas, null, get("row.total"), s.total());
            Sheet agencies = sheet(wb, get("sheet.agency"), get("col.no"), get("col.agency"), get("col.total"),
                    get("col.onTime"), get("col.late"), get("col.inProgress"), get("col.overdue"),
                    "Số kỳ báo cáo", "Báo cáo đúng hạn", get("col.findingsOpen"), get("col.findingsOnTime"),
                    get("col.findingsLate"));
            no = 0;
            for (YearEndSummary.AgencyRow a : s.agencies()) {
                Row row = ProvinceReportXlsx.tallyRow(agencies, ++no, a.name(), a.tally());
                row.createCell(7).setCellValue(a.reportsDue());
                row.createCell(8).setCellValue(a.reportsOnTime());
                row.createCell(9).setCellValue(a.findings().open());
                row.createCell(10).setCellValue(a.findings().remediedOnTime());
                row.createCell(11).setCellValue(a.findings().remediedLate());
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The unfinished items, one row per item × agency. */
    static byte[] carryOver(YearEndSummary s) {
        Map<String, String> names = new HashMap<>();
        s.agencies().forEach(a -> names.put(a.agencyId(), a.name()));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Chuyển tiếp", get("col.no"), "Số thứ tự nhiệm vụ", get("col.area"), "Nhiệm vụ",
                    get("col.agency"), "Thời hạn", "Tình trạng");
            int no = 0;
            for (YearEndSummary.CarryOver c : s.carryOver()) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                row.createCell(0).setCellValue(++no);
                row.createCell(1).setCellValue(c.itemNo());
                row.createCell(2).setCellValue(c.area());
                row.createCell(3).setCellValue(c.task());
                row.createCell(4).setCellValue(names.getOrDefault(c.agencyId(), c.agencyId()));
                row.createCell(5).setCellValue(c.dueDate() == null ? "" : DAY.format(c.dueDate()));
                row.createCell(6).setCellValue(c.status());
            }
            sheet.setColumnWidth(3, 60 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, String... headings) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            row.createCell(i).setCellValue(headings[i]);
        }
        sheet.setColumnWidth(1, 40 * 256);
        return sheet;
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
