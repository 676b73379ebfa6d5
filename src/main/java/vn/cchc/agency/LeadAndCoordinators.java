package vn.cchc.agency;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell that names both the lead and the coordinators, split as written: "Sở Tư pháp chủ trì, phối hợp với
 * các cơ quan liên quan", "Chủ trì: Sở Nội vụ; phối hợp: các sở, ban, ngành tỉnh", "Sở Y tế chủ trì; Sở Tài chính
 * phối hợp". A cell without "chủ trì" is all lead.
 */
public record LeadAndCoordinators(String lead, String coordinators) {

    private static final Pattern LEAD_FIRST = Pattern.compile(
            "^\\s*chu\\s+tri\\s*[:：]?\\s*(.*?)\\s*(?:[;,.]\\s*|\\s+)phoi\\s+hop(?:\\s+voi)?\\s*[:：]?\\s*(.*)$");
    private static final Pattern LEAD_ONLY_LABEL = Pattern.compile("^\\s*chu\\s+tri\\s*[:：]?\\s*(.*)$");
    private static final Pattern LEAD_THEN_VERB = Pattern.compile(
            "^(.*?)\\s*\\(?\\s*chu\\s+tri\\s*\\)?\\s*(?:[;,:.]\\s*)?(?:(?:va\\s+)?phoi\\s+hop(?:\\s+voi)?\\s*[:：]?\\s*)?(.*)$");
    private static final Pattern TRAILING_VERB = Pattern.compile("^(.*?)\\s*\\(?\\s*phoi\\s+hop\\s*\\)?\\s*[.;]?$");

    public static LeadAndCoordinators split(String cell) {
        String text = TextFold.clean(cell);
        String folded = TextFold.fold(text);
        Matcher m = LEAD_FIRST.matcher(folded);
        if (m.matches()) {
            return new LeadAndCoordinators(part(text, m, 1), part(text, m, 2));
        }
        m = LEAD_ONLY_LABEL.matcher(folded);
        if (m.matches()) {
            return new LeadAndCoordinators(part(text, m, 1), "");
        }
        if (!folded.contains("chu tri")) {
            return new LeadAndCoordinators(text, "");
        }
        m = LEAD_THEN_VERB.matcher(folded);
        if (!m.matches()) {
            return new LeadAndCoordinators(text, "");
        }
        String lead = part(text, m, 1);
        String rest = part(text, m, 2);
        Matcher trailing = TRAILING_VERB.matcher(TextFold.fold(rest));
        if (trailing.matches()) {
            rest = rest.substring(0, trailing.end(1)).trim();
        }
        return new LeadAndCoordinators(lead, rest);
    }

    private static String part(String text, Matcher m, int group) {
        return text.substring(m.start(group), m.end(group)).trim().replaceAll("[;,.:]+$", "").trim();
    }
}
