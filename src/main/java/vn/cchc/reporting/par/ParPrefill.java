package vn.cchc.reporting.par;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.cchc.reporting.YearEndSummary;

/**
 * The self-assessment sheet an agency starts from: one line per criterion, with the score and evidence the plan's
 * own statistics give for the criteria they answer (tasks done on time, reports sent on time, findings remedied on
 * time), pro rata of the maximum; the other criteria are left for the agency.
 */
final class ParPrefill {

    private ParPrefill() {
    }

    static String sheet(List<ParIndexProperties.Criterion> criteria, YearEndSummary.AgencyRow stats) {
        StringBuilder text = new StringBuilder();
        for (ParIndexProperties.Criterion c : criteria) {
            text.append("# ").append(c.id()).append(' ').append(c.name()).append(" (tối đa ")
                    .append(c.maxScore().stripTrailingZeros().toPlainString()).append(")\n");
            text.append(c.id()).append(" | ").append(line(c, stats)).append('\n');
        }
        return text.toString();
    }

    private static String line(ParIndexProperties.Criterion c, YearEndSummary.AgencyRow s) {
        String blank = " | ";
        if (s == null || c.source() == null) {
            return blank;
        }
        return switch (c.source()) {
            case "tasks-on-time" -> s.tally().total() == 0 ? blank
                    : share(c, s.tally().onTime(), s.tally().total()) + " | Hoàn thành đúng hạn " + s.tally().onTime() + "/" + s.tally().total() + " nhiệm vụ (số liệu hệ thống)";
            case "reports-on-time" -> s.reportsDue() == 0 ? blank : share(c, s.reportsOnTime(), s.reportsDue())
                    + " | Gửi báo cáo đúng hạn " + s.reportsOnTime() + "/" + s.reportsDue() + " kỳ (số liệu hệ thống)";
            case "findings-remedied" -> s.findings().total() == 0
                    ? plain(c.maxScore()) + " | Không có tồn tại phải khắc phục sau kiểm tra (số liệu hệ thống)"
                    : share(c, s.findings().remediedOnTime(), s.findings().total()) + " | Khắc phục đúng hạn "
                    + s.findings().remediedOnTime() + "/" + s.findings().total() + " tồn tại (số liệu hệ thống)";
            default -> blank;
        };
    }

    private static String share(ParIndexProperties.Criterion c, int part, int whole) {
        return plain(c.maxScore().multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
