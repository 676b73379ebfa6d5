package vn.cchc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One alert of a task's schedule: its kind and offset (e.g. REMINDER -3), the day it concerns, the instant the
 * timer fires and who receives it. Its {@link #code()} ({@code REMINDER:-3}) is stored in the process, and is part
 * of the notifications' idempotency keys.
 */
public record Alert(AlertKind kind, int offset, LocalDate day, Instant at, List<String> recipients)
        implements Comparable<Alert> {

    private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::at)
            .thenComparing(Alert::kind).thenComparingInt(Alert::offset);

    public String code() {
        return kind + ":" + offset;
    }

    @Override
    public int compareTo(Alert other) {
        return ORDER.compare(this, other);
    }
}
