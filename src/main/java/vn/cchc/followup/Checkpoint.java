package vn.cchc.followup;

import java.time.LocalDate;

/** One checkpoint of an ongoing or recurring assignment: the period it covers and the day its record is due. */
public record Checkpoint(String period, String label, LocalDate due) {
}
