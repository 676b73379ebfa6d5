package vn.cchc.followup;

/**
 * Variables of a {@code followUp} instance of its own (not inputs), and the messages and message variables with which
 * a {@code planTask} moves the date its follow-up follows (the rest are in PlanVariables).
 */
public final class ReminderVariables {

    /**
     * Code of the alert the timer waits for, e.g. {@code REMINDER:-3}; null when none. A variable of the
     * {@code followUp} instance; the timer's date is {@code ${followUpTime.of(execution)}}.
     */
    public static final String NEXT_ALERT = "nextAlert";
    /** End of the day of the checkpoint an ongoing or recurring item is followed on (no due date), in the follow-up. */
    public static final String FOLLOWED_DUE = "followedDue";
    /** The period of that checkpoint ({@code Q1}, {@code YEAR}); once recorded, the follow-up moves on to the next. */
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
