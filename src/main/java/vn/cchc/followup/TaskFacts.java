package vn.cchc.followup;

import java.time.LocalDate;

/** What a notification about one {@code planTask} says about it; read from the process variables. */
public record TaskFacts(String businessKey, String planId, String planTitle, String decisionNumber, String agencyId,
                        String agencyName, String taskText, String product, String deadlineText, LocalDate due,
                        String taskId) {
}
