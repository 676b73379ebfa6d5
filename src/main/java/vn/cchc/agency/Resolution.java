package vn.cchc.agency;

import java.util.List;
import java.util.Optional;

/**
 * What an agency phrase resolved to: agency ids (classes expanded) and the parts that matched nothing. A class
 * phrase whose class has no member in the directory ("UBND cấp huyện" after 1 July 2025) is unresolved too, and
 * listed in {@code emptyClasses} with the sentence that explains it and the suggested agencies.
 */
public record Resolution(List<String> agencyIds, List<String> unresolved, List<EmptyClass> emptyClasses) {

    /** A class phrase as written, why it names nobody, and what the directory suggests it now means. */
    public record EmptyClass(String phrase, String problem, List<String> suggestedIds) {
        public EmptyClass {
            suggestedIds = List.copyOf(suggestedIds);
        }
    }

    public Resolution {
        agencyIds = List.copyOf(agencyIds);
        unresolved = List.copyOf(unresolved);
        emptyClasses = List.copyOf(emptyClasses);
    }

    public Resolution(List<String> agencyIds, List<String> unresolved) {
        this(agencyIds, unresolved, List.of());
    }

    public boolean complete() {
        return unresolved.isEmpty();
    }

    /** The empty class an unresolved phrase is, if it is one. */
    public Optional<EmptyClass> emptyClass(String unresolvedPhrase) {
        return emptyClasses.stream().filter(e -> e.phrase().equals(unresolvedPhrase)).findFirst();
    }

    /** The sentence for an unresolved phrase: the empty-class explanation, else {@code otherwise}. */
    public String problem(String unresolvedPhrase, String otherwise) {
        return emptyClass(unresolvedPhrase).map(EmptyClass::problem).orElse(otherwise);
    }
}
