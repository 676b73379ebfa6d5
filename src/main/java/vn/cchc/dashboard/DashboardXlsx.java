package vn.cchc.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Messages;

/** Every chart's and list's numbers of the dashboard as one workbook, one sheet each, as the page shows them. */
@Component
class DashboardXlsx {

    private final Messages messages;

    DashboardXlsx(Messages messages) {
        this.messages = messages;
    }

    byte[] write(DashboardData d) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet overview = book.createSheet(m("overview"));
            row(overview, 0, null, m("plan"), d.plan().title() + " (" + d.plan().id() + ")");
            row(overview, 1, null, m("today"), DueDates.format(d.today()));
            row(overview, 2, null, m("onTimeRate"), d.totals().onTimeRate());
            row(overview, 4, bold, m("status"), m("count"), m("share"));
            int r = 5;
            for (DashboardData.StatusCount s : d.statuses()) {
                row(overview, r++, null, s.label(), s.count(), s.share());
            }
            row(overview, r, bold, m("total"), d.totals().assignments(), 100.0);

            Sheet agencies = book.createSheet(m("agencies"));
            row(agencies, 0, bold, m("agency"), m("doneOnTime"), m("doneLate"), m("openOnTime"), m("overdueNow"),
                    m("total"));
            r = 1;
            for (DashboardData.AgencyBar a : d.agencies()) {
                row(agencies, r++, null, a.name(), a.doneOnTime(), a.doneLate(), a.openOnTime(), a.overdue(),
                        a.total());
            }

            Sheet areas = book.createSheet(m("areas"));
            row(areas, 0, bold, m("area"), m("doneOnTime"), m("doneLate"), m("openOnTime"), m("overdueNow"));
            r = 1;
            for (DashboardData.AreaBar a : d.areas()) {
                row(areas, r++, null, a.label(), a.doneOnTime(), a.doneLate(), a.openOnTime(), a.overdue());
            }

            Sheet trend = book.createSheet(m("trend"));
            row(trend, 0, bold, m("month"), m("due"), m("done"), m("doneOnTime"));
            r = 1;
            for (DashboardData.MonthPoint p : d.trend()) {
                row(trend, r++, null, p.month(), p.due(), p.done(), p.doneOnTime());
            }

            Sheet overdue = book.createSheet(m("overdue"));
            row(overdue, 0, bold, m("bucket"), m("count"));
            r = 1;
            for (DashboardData.OverdueBucket b : d.overdueBuckets()) {
                row(overdue, r++, null, b.label(), b.count());
            }
            r++;
            row(overdue, r++, bold, m("itemNo"), m("task"), m("agency"), m("dueDate"), m("daysOverdue"));
            for (DashboardData.OverdueRow o : d.overdue()) {
                row(overdue, r++, null, o.itemNo(), o.task(), o.agencyName(), DueDates.format(o.dueDate()),
                        o.daysOverdue());
            }

            Sheet waiting = book.createSheet(m("waiting"));
            row(waiting, 0, bold, m("itemNo"), m("task"), m("deadlineText"), m("status"), m("count"));
            r = 1;
            for (DashboardData.WaitingRow w : d.waiting()) {
                row(waiting, r++, null, w.itemNo(), w.task(), w.deadlineText(), w.statusLabel(), w.assignments());
            }

            Sheet escalations = book.createSheet(m("escalations"));
            row(escalations, 0, bold, m("agency"), m("recipient"), m("subject"), m("sentAt"));
            r = 1;
            for (DashboardData.EscalationRow e : d.escalations()) {
                row(escalations, r++, null, e.agencyName(), e.recipient(), e.subject(), String.valueOf(e.createdAt()));
            }
            for (Sheet sheet : List.of(overview, agencies, areas, trend, overdue, waiting, escalations)) {
                sheet.setColumnWidth(0, 40 * 256);
                sheet.setColumnWidth(1, 20 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String m(String key) {
        return messages.get("dashboard.xlsx." + key);
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            var cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
