package vn.cchc.inspection;

import java.util.regex.Pattern;

/** The month of an inspection plan line as SNV types it: "5", "05", "tháng 5", "Tháng 5" (input vocabulary). */
final class MonthPhrase {

    static final Pattern MONTH = Pattern.compile("(?i)^(?:tháng\\s*)?(\\d{1,2})$");

    private MonthPhrase() {
    }
}
