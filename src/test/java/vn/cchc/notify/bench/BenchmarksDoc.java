package vn.cchc.notify.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The results block a benchmark keeps in {@code docs/benchmarks.md}: from its section's heading to its end marker,
 * replaced in place by each run (or appended when the section is missing); the notes written by hand after the
 * marker are kept.
 */
final class BenchmarksDoc {

    private BenchmarksDoc() {
    }

    static String endMarker(String benchmark) {
        return "<!-- end of the " + benchmark + " benchmark's results -->";
    }

    /** Replaces the block of the section {@code heading} ("## ...") with {@code section}. */
    static void write(String heading, String benchmark, String section) throws Exception {
        String endMarker = endMarker(benchmark);
        Path file = Path.of("docs/benchmarks.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String results = section.stripTrailing() + "\n\n" + endMarker + "\n";
        int start = text.indexOf(heading);
        if (start < 0) {
            Files.writeString(file, text.stripTrailing() + "\n\n" + results);
            return;
        }
        int marker = text.indexOf(endMarker, start);
        int end = marker >= 0 ? marker + endMarker.length() : text.indexOf("\n## ", start + 1);
        String rest = end < 0 ? "" : text.substring(end).replaceFirst("^\\n+", "");
        Files.writeString(file, text.substring(0, start) + results + (rest.isEmpty() ? "" : "\n" + rest));
    }
}
