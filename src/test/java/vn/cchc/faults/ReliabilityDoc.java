package vn.cchc.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces the fault suite's results in {@code docs/reliability.md}, keeping the hand-written text around them. */
final class ReliabilityDoc {

    static final String START = "<!-- fault suite results: written by vn.cchc.faults.ClusterFaultSuite -->";
    static final String END = "<!-- end of the fault suite results -->";

    private ReliabilityDoc() {
    }

    static void write(String results) throws IOException {
        Path file = Path.of("docs/reliability.md");
        String text = Files.exists(file) ? Files.readString(file) : "# Reliability\n";
        String block = START + "\n\n" + results.stripTrailing() + "\n\n" + END;
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            Files.writeString(file, text.stripTrailing() + "\n\n" + block + "\n");
        } else {
            Files.writeString(file, text.substring(0, start) + block + text.substring(end + END.length()));
        }
    }
}
