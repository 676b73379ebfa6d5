package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Vietnamese deadline phrases (conventions in docs/deadlines.md); never throws, never drops a phrase.
 * Thread-safe and cheap to share.
 */
public final class DeadlineParser {

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]{1,200})\\)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final int planYear;

    public DeadlineParser(int planYear) {
        this.planYear = planYear;
    }

    public int planYear() {
        return planYear;
    }

    public Deadline parse(String text) {
        String original = text == null ? "" : text;
        try {
            String cleaned = PhraseText.clean(original);
            if (cleaned.isEmpty()) {
                return Deadline.unknown(original);
            }
            Optional<Map<String, String>> agencies =
                    cleaned.indexOf(':') >= 0 ? AgencySplit.split(cleaned) : Optional.empty();
            return agencies.isPresent() ? perAgency(original, agencies.get()) : single(original, cleaned);
        } catch (RuntimeException e) {
            return Deadline.unknown(original);
        }
    }

    private Deadline perAgency(String original, Map<String, String> phrases) {
        Map<String, Deadline> byAgency = new LinkedHashMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        boolean recurring = false;
        for (Map.Entry<String, String> e : phrases.entrySet()) {
            Deadline d = single(e.getValue(), PhraseText.clean(e.getValue()));
            byAgency.put(e.getKey(), d);
            dates.addAll(d.dates());
            recurring |= d.recurring();
        }
        return new Deadline(original, DeadlineKind.PER_AGENCY, List.copyOf(dates), recurring, null, byAgency);
    }

    private Deadline single(String original, String cleaned) {
        List<String> milestones = new ArrayList<>();
        String withoutMilestones = cleaned.indexOf('(') >= 0 ? removeMilestones(cleaned, milestones) : cleaned;
        String folded = PhraseText.fold(withoutMilestones);
        DateTerms.Extraction extraction = DateTerms.extract(folded, planYear);
        Keywords keywords = Keywords.of(extraction.rest());
        List<LocalDate> dates = extraction.terms().stream().map(DateTerm::date).distinct().sorted().toList();
        boolean onlyYears = extraction.terms().stream().allMatch(t -> t.precision() == DateTerm.Precision.YEAR);
        DeadlineKind kind;
        if (!dates.isEmpty() && !(onlyYears && keywords.any())) {
            kind = dates.size() == 1 ? DeadlineKind.FIXED : DeadlineKind.MULTIPLE;
        } else if (keywords.any()) {
            kind = keywords.kind();
        } else if (extraction.startsFrom()) {
            kind = DeadlineKind.ONGOING;
        } else {
            return Deadline.unknown(original);
        }
        String milestone = milestones.isEmpty() ? null : String.join("; ", milestones);
        boolean recurring = keywords.recurring() || kind == DeadlineKind.RECURRING;
        return new Deadline(original, kind, dates, recurring, milestone, Map.of());
    }

    /** Removes bracketed text without digits ("(ban hành Kế hoạch)"), collecting it as milestones. */
    private static String removeMilestones(String cleaned, List<String> milestones) {
        Matcher m = BRACKETS.matcher(cleaned);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            boolean milestone = !DIGIT.matcher(m.group(1)).find();
            if (milestone) {
                milestones.add(m.group(1).trim());
            }
            m.appendReplacement(rest, Matcher.quoteReplacement(milestone ? " " : " " + m.group(1) + " "));
        }
        m.appendTail(rest);
        return rest.toString();
    }
}
