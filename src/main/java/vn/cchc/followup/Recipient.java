package vn.cchc.followup;

/** An e-mail recipient of an alert. */
public record Recipient(String email, String name) {
}
