package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** Whether a deadline may name {@code year} (1900–2200): a date beyond it is a slip, never a due date. */
    public static boolean plausibleYear(int year) {
        return DateTerms.plausible(year);
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
        Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
        boolean recurring = false;
        for (Map.Entry<String, String> e : phrases.entrySet()) {
            Deadline d = single(e.getValue(), PhraseText.clean(e.getValue()));
            byAgency.put(e.getKey(), d);
            dates.addAll(d.dates());
            doubts.addAll(d.doubts());
            recurring |= d.recurring();
        }
        return new Deadline(original, DeadlineKind.PER_AGENCY, List.copyOf(dates), recurring, null, byAgency, null,
                List.copyOf(doubts));
    }

    /**
     * One phrase: references to other documents are blanked first (their dates are signing dates), then holiday
     * anchors and period-relative rules, then dates; what remains gives the keywords. See docs/deadlines.md.
     */
    private Deadline single(String original, String cleaned) {
        List<String> milestones = new ArrayList<>();
        String withoutMilestones = cleaned.indexOf('(') >= 0 ? removeMilestones(cleaned, milestones) : cleaned;
        StringBuilder text = new StringBuilder(PhraseText.fold(withoutMilestones));
        Set<Doubt> doubts = EnumSet.noneOf(Doubt.class);
        References.Found reference = References.strip(text);
        Holidays.Found holidays = Holidays.extract(text, planYear);
        doubts.addAll(holidays.doubts());
        Optional<RecurrenceRule> rule = Recurrences.extract(text);
        DateTerms.Extraction extraction = DateTerms.extract(text.toString(), planYear);
        Keywords keywords = Keywords.of(extraction.rest());
        if (reference.any()) {
            keywords = keywords.withRegulation();
        }
        List<DateTerm> terms = new ArrayList<>(extraction.terms());
        holidays.dates().forEach(d -> terms.add(new DateTerm(d, DateTerm.Precision.DAY)));
        boolean onlyYears = terms.stream().allMatch(t -> t.precision() == DateTerm.Precision.YEAR);
        DeadlineKind kind;
        List<LocalDate> dates = terms.stream().map(DateTerm::date).distinct().sorted().toList();
        if (rule.isPresent() && !terms.isEmpty() && !onlyYears) {
            // "Chậm nhất ngày 20/6 và 20/12 hằng năm": the rule covers one date only; keep every date, no rule
            TreeSet<LocalDate> all = new TreeSet<>(dates);
            all.addAll(rule.get().datesIn(planYear));
            dates = List.copyOf(all);
            kind = dates.size() == 1 ? DeadlineKind.FIXED : DeadlineKind.MULTIPLE;
            rule = Optional.empty();
            keywords = new Keywords(keywords.ongoing(), true, keywords.event(), keywords.regulation());
        } else if (rule.isPresent()) {
            kind = DeadlineKind.RECURRING;
            dates = rule.get().datesIn(planYear);
        } else if (!dates.isEmpty() && !(onlyYears && keywords.any())) {
            kind = dates.size() == 1 ? DeadlineKind.FIXED : DeadlineKind.MULTIPLE;
        } else if (keywords.any()) {
            kind = keywords.kind();
            if (keywords.count() > 1) {
                doubts.add(Doubt.KIND_BY_PRECEDENCE);
            }
            if (kind == DeadlineKind.EVENT || kind == DeadlineKind.PER_REGULATION) {
                // a whole year beside an event or a reference says what it is about, not when (class 2)
                dates = List.of();
            }
        } else if (extraction.startsFrom()) {
            kind = DeadlineKind.ONGOING;
        } else {
            return Deadline.unknown(original);
        }
        if (reference.dated() && dates.isEmpty()) {
            doubts.add(Doubt.REFERENCE_DATE_IGNORED);
        }
        if (!dates.isEmpty() && dates.get(0).getYear() < planYear) {
            doubts.add(Doubt.EARLY_DATE);
        }
        String milestone = milestones.isEmpty() ? null : String.join("; ", milestones);
        boolean recurring = keywords.recurring() || kind == DeadlineKind.RECURRING;
        return new Deadline(original, kind, dates, recurring, milestone, Map.of(), rule.orElse(null),
                List.copyOf(doubts));
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
