package vn.cchc.importer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import vn.cchc.agency.TextFold;

/** Word-overlap similarity, for headings a converter copied with small typos. */
final class SimilarText {

    private SimilarText() {
    }

    static boolean similar(String a, String b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> union = new HashSet<>(wordsA);
        union.addAll(wordsB);
        return (double) common.size() / union.size() >= 0.75;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(TextFold.key(text).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+")));
    }
}
