package vn.cchc.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an appendix import produced: the items, the problems that concern the table as a whole (duplicated rows,
 * a repeated table), the plan year used for deadlines and every agency phrase left unresolved.
 */
public record ImportResult(List<AppendixRow> items, List<String> problems, int year, Set<String> unresolvedPhrases) {

    public ImportResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        unresolvedPhrases = Set.copyOf(new LinkedHashSet<>(unresolvedPhrases));
    }

    public int problemCount() {
        return problems.size() + items.stream().mapToInt(i -> i.problems().size()).sum();
    }
}
