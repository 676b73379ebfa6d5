package vn.cchc.followup;

/**
 * The named steps of the ladder, as the diagram of {@code followUp} draws them: "Nhắc trước hạn" ({@link #BEFORE_DUE}),
 * "Quá hạn" ({@link #OVERDUE}), "Báo lãnh đạo đơn vị" ({@link #HEAD}), "Báo Sở Nội vụ" ({@link #SNV}), "Báo lãnh đạo
 * UBND" ({@link #UBND}), "Nhắc lại hằng tuần" ({@link #REPEAT}). The gateway "Đến mốc nào của thang nhắc việc?" routes
 * on the transient variable {@link #VARIABLE} holding one of these names, or {@link #REPLAN}. The escalation steps
 * are the levels of {@code cchc.reminders.escalation} in order (a fourth level or more goes with the third).
 */
public enum LadderStep {
    BEFORE_DUE, OVERDUE, HEAD, SNV, UBND, REPEAT;

    /** Transient variable of the gateway: computed once per alert, never stored. */
    static final String VARIABLE = "ladderStep";
    /** Nothing to notify: the follow-up plans again ("Lập lại lịch nhắc việc"). */
    static final String REPLAN = "REPLAN";
}
