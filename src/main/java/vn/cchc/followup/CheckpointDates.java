package vn.cchc.followup;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The checkpoints of an ongoing ("Thường xuyên") or recurring ("Định kỳ …") assignment in its plan year: one per
 * reporting period, due when the agency's periodic report for that period is due to SNV, so the agency reports its
 * progress on the item when it reports the period anyway. The one place checkpoint dates come from: when a deadline
 * carries its own recurring rule (period and day), {@link #of} is where its dates replace the reporting calendar.
 */
@Component
public class CheckpointDates {

    private final ReportingPeriods periods;

    public CheckpointDates(ReportingPeriods periods) {
        this.periods = periods;
    }

    /** In date order; each period once (a period ending with another, as 6 months and Q2, keeps its own date). */
    public List<Checkpoint> of(int planYear) {
        return periods.periods(planYear).stream()
                .map(p -> new Checkpoint(p.code(), p.label(), p.due()))
                .sorted(java.util.Comparator.comparing(Checkpoint::due).thenComparing(Checkpoint::period))
                .toList();
    }
}
