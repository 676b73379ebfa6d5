package vn.cchc.agency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.Texts;

/**
 * Resolves agency phrases as plans write them to agency ids: names and aliases (accent- and case-insensitive),
 * classes ("Các sở, ban, ngành tỉnh", "UBND cấp huyện, cấp xã", ...) expanded to their members, and mixtures
 * separated by ";", ",", "và" or line breaks. Order is kept, duplicates dropped; what matches nothing is returned
 * as written. Aliases learned at run time (a phrase the SNV specialist mapped to agencies) can be set with
 * {@link #setLearnedAliases}; they win over a class phrase of the same length.
 */
public final class AgencyResolver {

    private static final Pattern SEPARATOR = Pattern.compile("[;,\\n]|\\s+va\\s+");
    private static final Pattern SKIPPABLE = Pattern.compile("(?:[\\s;,.:+/\\n-]+|va\\s+|voi\\s+)+");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("\\s+tinh(?:\\s+vinh\\s+long)?(?![\\p{L}\\p{N}])");

    private final AgencyDirectory directory;
    private final List<NamePattern> names;
    private volatile List<AliasPattern> learned = List.of();

    private record NamePattern(Pattern pattern, String agencyId) {
    }

    private record AliasPattern(Pattern pattern, List<String> agencyIds) {
    }

    /** {@code emptyClasses}: the classes of a class phrase that has no member in this directory. */
    private record Match(int end, List<String> ids, boolean unresolved, Set<AgencyClass> emptyClasses) {
        Match(int end, List<String> ids, boolean unresolved) {
            this(end, ids, unresolved, Set.of());
        }
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public AgencyResolver(AgencyDirectory directory) {
        this.directory = directory;
        List<NamePattern> list = new ArrayList<>();
        for (Agency agency : directory.all()) {
            list.add(new NamePattern(TextFold.phrasePattern(agency.name()), agency.id()));
            list.add(new NamePattern(TextFold.phrasePattern(agency.id()), agency.id()));
            agency.aliases().forEach(a -> list.add(new NamePattern(TextFold.phrasePattern(a), agency.id())));
        }
        this.names = List.copyOf(list);
    }

    /**
     * Replaces the learned aliases: phrase as written → agency ids (every id must be in the directory). Safe to call
     * while other threads resolve.
     */
    public void setLearnedAliases(java.util.Map<String, List<String>> phraseToIds) {
        List<AliasPattern> list = new ArrayList<>();
        phraseToIds.forEach((phrase, ids) -> {
            ids.forEach(id -> directory.byId(id).orElseThrow(
                    () -> AgencyDirectoryException.of("agency.id.unknown", id)));
            list.add(new AliasPattern(TextFold.phrasePattern(phrase), List.copyOf(ids)));
        });
        this.learned = List.copyOf(list);
    }

    public AgencyDirectory directory() {
        return directory;
    }

    public Resolution resolve(String phrase) {
        String text = TextFold.clean(phrase == null ? "" : phrase.replace('\n', ';'));
        String folded = TextFold.fold(text);
        Set<String> ids = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        List<Resolution.EmptyClass> empty = new ArrayList<>();
        int pos = skip(folded, 0);
        while (pos < folded.length()) {
            Match match = longestMatchAt(folded, pos);
            int end;
            if (match != null) {
                end = match.end();
                if (match.unresolved()) {
                    String written = addUnresolved(unresolved, text.substring(pos, end));
                    if (!match.emptyClasses().isEmpty() && written != null
                            && empty.stream().noneMatch(e -> e.phrase().equals(written))) {
                        empty.add(emptyClass(written, match.emptyClasses()));
                    }
                } else {
                    ids.addAll(match.ids());
                }
            } else {
                Matcher sep = SEPARATOR.matcher(folded);
                end = sep.find(pos) ? sep.start() : folded.length();
                if (end == pos) {
                    end = pos + 1;
                }
                addUnresolved(unresolved, text.substring(pos, end));
            }
            pos = skip(folded, end);
        }
        return new Resolution(new ArrayList<>(ids), unresolved, empty);
    }

    /**
     * A class that has no member here: the plan was written for another structure (districts before 1 July 2025).
     * The directory's {@code replaces} names what such a phrase most likely means now; SNV confirms it once.
     */
    private Resolution.EmptyClass emptyClass(String written, Set<AgencyClass> classes) {
        String since = directory.info().effective().format(DAY);
        Set<AgencyClass> suggested = new java.util.LinkedHashSet<>();
        classes.forEach(c -> suggested.addAll(directory.info().replaces().getOrDefault(c, List.of())));
        List<String> suggestedIds = membersOf(suggested);
        if (suggestedIds.isEmpty()) {
            return new Resolution.EmptyClass(written, AgencyTexts.get("agency.class.empty", written, since), List.of());
        }
        String labels = suggested.stream().map(c -> AgencyTexts.get("agency.class.label." + c.code()))
                .collect(java.util.stream.Collectors.joining(", "));
        return new Resolution.EmptyClass(written, AgencyTexts.get("agency.class.empty.suggestion", written, since,
                labels, suggestedIds.size()), suggestedIds);
    }

    /** Resolves a cell that may name lead and coordinators together ("X chủ trì, phối hợp với Y"). */
    public LeadAndCoordinators split(String cell) {
        return LeadAndCoordinators.split(cell);
    }

    private Match longestMatchAt(String folded, int pos) {
        Match best = null;
        for (NamePattern name : names) {
            int end = matchEnd(name.pattern(), folded, pos);
            if (end > 0 && (best == null || end > best.end())) {
                best = new Match(end, List.of(name.agencyId()), false);
            }
        }
        for (AliasPattern alias : learned) {
            int end = matchEnd(alias.pattern(), folded, pos);
            if (end > 0 && (best == null || end >= best.end())) {
                best = new Match(end, alias.agencyIds(), false);
            }
        }
        for (ClassPhrase phrase : ClassPhrase.ALL) {
            int end = matchEnd(phrase.pattern(), folded, pos);
            if (end > 0 && (best == null || end > best.end())) {
                List<String> members = membersOf(phrase.classes());
                boolean emptyClass = !phrase.classes().isEmpty() && members.isEmpty();
                best = new Match(end, members, phrase.classes().isEmpty() || emptyClass,
                        emptyClass ? phrase.classes() : Set.of());
            }
        }
        if (best != null && !best.unresolved()) {
            Matcher suffix = PROVINCE_SUFFIX.matcher(folded).region(best.end(), folded.length());
            suffix.useTransparentBounds(true);
            if (suffix.lookingAt()) {
                best = new Match(suffix.end(), best.ids(), false);
            }
        }
        return best;
    }

    private static int matchEnd(Pattern pattern, String folded, int pos) {
        Matcher m = pattern.matcher(folded).region(pos, folded.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m.end() : -1;
    }

    private List<String> membersOf(Set<AgencyClass> classes) {
        return directory.all().stream()
                .filter(a -> classes.contains(a.agencyClass()))
                .sorted(Comparator.comparingInt(a -> List.of(AgencyClass.values()).indexOf(a.agencyClass())))
                .map(Agency::id)
                .toList();
    }

    private static int skip(String folded, int pos) {
        Matcher m = SKIPPABLE.matcher(folded).region(pos, folded.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : pos;
    }

    private static String addUnresolved(List<String> unresolved, String part) {
        String cleaned = part.trim().replaceAll("^[;,.:\\s-]+|[;,.:\\s-]+$", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        if (!unresolved.contains(cleaned)) {
            unresolved.add(cleaned);
        }
        return cleaned;
    }
}
