package vn.cchc.plan;

import java.time.LocalDate;
import java.util.Date;

/**
 * The follow-up date of a plan task's open user task (its first reminder), for a task due on {@code due}: given by the
 * follow-up ({@code vn.cchc.followup.DueDateRescheduling}), so that every way a due date moves sets it the same way
 * without {@code plan} depending on the follow-up.
 */
public interface FollowUpDates {

    Date followUpOf(LocalDate due);
}
