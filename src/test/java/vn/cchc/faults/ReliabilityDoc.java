package vn.cchc.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces the fault suite's results in {@code docs/reliability.md}, keeping the hand-written text around them: one
 * block per set of scenarios run ({@code -Dfaults.scenarios}), so a run of scenario 4 alone keeps the results of
 * a run of 1, 2 and 3.
 */
final class ReliabilityDoc {

    private ReliabilityDoc() {
    }

    static void write(String scenarios, String results) throws IOException {
        String start = "<!-- fault suite results " + scenarios + ": written by vn.cchc.faults.ClusterFaultSuite -->";
        String end = "<!-- end of the fault suite results " + scenarios + " -->";
        Path file = Path.of("docs/reliability.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Reliability\n";
        String block = start + "\n\n" + results.stripTrailing() + "\n\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            int next = text.indexOf("\n## What the figures say");
            if (next < 0) {
                Files.writeString(file, text.stripTrailing() + "\n\n" + block + "\n");
            } else {
                Files.writeString(file, text.substring(0, next).stripTrailing() + "\n\n" + block + "\n"
                        + text.substring(next));
            }
        } else {
            Files.writeString(file, text.substring(0, from) + block + text.substring(to + end.length()));
        }
    }
}
