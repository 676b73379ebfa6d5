package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.followup.ReportingPeriods;

/**
 * The reporting calendar of a plan year. The province's deadline is the configured day of the period's last month,
 * moved to the next working day when it is a day off (as every deadline in the product); agencies report to SNV the
 * configured number of working days before it, but never before the first working day after the cut-off.
 */
@Component
public class ReportingCalendar implements ReportingPeriods {

    private final WorkingCalendar calendar;
    private final ReportingProperties properties;

    ReportingCalendar(WorkingCalendar calendar, ReportingProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public List<ReportingWindow> windows(int year) {
        return properties.periods().stream().map(p -> window(p, year)).toList();
    }

    /** The follow-up's view of the year: each configured period and the agencies' due day (checkpoints). */
    @Override
    public List<PeriodDue> periods(int year) {
        return windows(year).stream().map(w -> new PeriodDue(w.period().name(), w.title(), w.agencyDue())).toList();
    }

    public ReportingWindow window(ReportPeriod period, int year) {
        LocalDate cutOffTo = period.cutOffTo(year);
        LocalDate opensOn = cutOffTo.plusDays(1);
        LocalDate provinceDue = calendar.effectiveDue(
                LocalDate.of(year, period.lastMonth(), properties.provinceDueDay()));
        LocalDate agencyDue = calendar.plusWorkingDays(provinceDue, -properties.agencyLeadWorkingDays());
        LocalDate earliest = calendar.effectiveDue(opensOn);
        if (agencyDue.isBefore(earliest)) {
            agencyDue = earliest;
        }
        return new ReportingWindow(period, year, period.cutOffFrom(year), cutOffTo, opensOn, agencyDue, provinceDue);
    }
}
