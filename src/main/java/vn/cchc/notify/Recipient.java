package vn.cchc.notify;

/** An e-mail recipient of an alert. */
public record Recipient(String email, String name) {
}
