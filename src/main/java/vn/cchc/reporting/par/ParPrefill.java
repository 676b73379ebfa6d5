package vn.cchc.reporting.par;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.cchc.reporting.YearEndSummary;
import vn.cchc.shared.Texts;

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
            text.append(Texts.get("reporting.par.prefill.criterion", c.id(), c.name(),
                    c.maxScore().stripTrailingZeros().toPlainString())).append('\n');
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
                    : Texts.get("reporting.par.prefill.tasksOnTime", share(c, s.tally().onTime(), s.tally().total()),
                    s.tally().onTime(), s.tally().total());
            case "reports-on-time" -> s.reportsDue() == 0 ? blank : Texts.get("reporting.par.prefill.reportsOnTime",
                    share(c, s.reportsOnTime(), s.reportsDue()), s.reportsOnTime(), s.reportsDue());
            case "findings-remedied" -> s.findings().total() == 0
                    ? Texts.get("reporting.par.prefill.noFindings", plain(c.maxScore()))
                    : Texts.get("reporting.par.prefill.findingsRemedied",
                    share(c, s.findings().remediedOnTime(), s.findings().total()), s.findings().remediedOnTime(),
                    s.findings().total());
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
