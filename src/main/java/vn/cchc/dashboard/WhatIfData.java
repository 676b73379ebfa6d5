package vn.cchc.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The load a plan will create once issued ({@link WhatIf}): per week and per agency, with the calendar's days off
 * and the warnings a leader should read before approving.
 */
public record WhatIfData(DashboardData.PlanRef plan, int items, int assignments, int agencies, int withoutDate,
                         List<Week> weeks, List<AgencyLoad> agencyLoads, List<Undated> undated, List<String> warnings,
                         long millis) {

    /**
     * One week (Monday to Sunday).
     *
     * @param due              assignments due in it
     * @param reminderMails    reminder e-mails it will send
     * @param escalationMails  overdue and escalation e-mails it would send if every task due before were late
     * @param daysOff          names of the days off in it ("Tết Nguyên đán 10/02")
     */
    public record Week(LocalDate monday, int due, int reminderMails, int escalationMails, boolean tet,
                       List<String> daysOff, boolean quarterEnd) {
    }

    /** One agency: its assignments, those without a date, its busiest week, and its e-mails over the year. */
    public record AgencyLoad(String agencyId, String name, int assignments, int withoutDate, int maxPerWeek,
                             LocalDate busiestWeek, int reminderMails, int escalationMails, List<Integer> duePerWeek) {
    }

    /** An item (or part of it) without a due date: SNV must set one or link the event. */
    public record Undated(int itemNo, String task, String deadlineText, List<String> agencies) {
    }
}
