package vn.cchc.followup;

/** Process variables and messages of the timer branch of {@code planTask} (the rest are in PlanVariables). */
public final class ReminderVariables {

    /**
     * Code of the alert the timer waits for, e.g. {@code REMINDER:-3}; null when none. Local to the reminder loop
     * (sub-process {@code alertLoop}); the timer's date is {@code ${alertTime.of(execution)}}.
     */
    public static final String NEXT_ALERT = "nextAlert";
    /** Loop-local: end of the day of the checkpoint an ongoing or recurring item is followed on (no due date). */
    public static final String FOLLOWED_DUE = "followedDue";
    /** Loop-local: the period of that checkpoint ({@code Q1}, {@code YEAR}); once recorded, the loop moves on. */
    public static final String FOLLOWED_PERIOD = "followedPeriod";
    /** Message variable of {@link #DUE_DATE_CHANGED}: the new due date, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}. */
    public static final String NEW_DUE_DATE = "newDueDate";
    /** Message variable of {@link #EVENT_OCCURRED}: the day the event happened (default: today). */
    public static final String EVENT_DATE = "eventDate";

    /** SNV extends or amends the due date; timers are recomputed. */
    public static final String DUE_DATE_CHANGED = "dueDateChanged";
    /** The event a task waits for has happened ("Sau khi có kết quả công bố"): the due date is computed. */
    public static final String EVENT_OCCURRED = "deadlineEventOccurred";

    private ReminderVariables() {
    }
}
