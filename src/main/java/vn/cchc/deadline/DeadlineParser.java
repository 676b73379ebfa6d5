package vn.cchc.deadline;

/** Parses Vietnamese deadline phrases; never throws, never drops a phrase. (stub: everything is unknown) */
public final class DeadlineParser {

    private final int planYear;

    public DeadlineParser(int planYear) {
        this.planYear = planYear;
    }

    public int planYear() {
        return planYear;
    }

    public Deadline parse(String text) {
        return Deadline.unknown(text == null ? "" : text);
    }
}
