package vn.cchc.reporting;

import java.time.LocalDate;
import java.util.Collection;

/** Counts of assignments by {@link WorkStatus} on one day. */
public record Tally(int onTime, int late, int inProgress, int overdue) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0);

    public static Tally of(Collection<WorkItem> items, LocalDate day) {
        Tally t = ZERO;
        for (WorkItem item : items) {
            t = t.plus(item.statusOn(day));
        }
        return t;
    }

    public Tally plus(WorkStatus status) {
        return switch (status) {
            case ON_TIME -> new Tally(onTime + 1, late, inProgress, overdue);
            case LATE -> new Tally(onTime, late + 1, inProgress, overdue);
            case IN_PROGRESS -> new Tally(onTime, late, inProgress + 1, overdue);
            case OVERDUE -> new Tally(onTime, late, inProgress, overdue + 1);
        };
    }

    public int total() {
        return onTime + late + inProgress + overdue;
    }

    /** Not done by the day: in progress plus overdue. */
    public int notDone() {
        return inProgress + overdue;
    }

    /** Percentage of the total, one decimal, 0 for an empty tally. */
    public double percent(int count) {
        return total() == 0 ? 0 : Math.round(count * 1000.0 / total()) / 10.0;
    }
}
