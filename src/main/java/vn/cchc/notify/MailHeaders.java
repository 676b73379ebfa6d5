package vn.cchc.notify;

/** Header values built from user text (names, task titles) lose control characters: no header injection. */
final class MailHeaders {

    private MailHeaders() {
    }

    /** One line: CR, LF and other control characters become spaces, runs of spaces collapse. */
    static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").replaceAll(" {2,}", " ").strip();
    }
}
