package vn.cchc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shipped calendar files, for tests of what the pages say about a year that has none. */
public final class CalendarFiles {

    /** What the import preview and the draft page say of a plan year without its official calendar file. */
    public static final String UNCONFIRMED = "chưa có lịch nghỉ lễ, Tết chính thức trong hệ thống";

    private CalendarFiles() {
    }

    /** The year after the last one {@code config/calendar} has a file for: its days off are computed. */
    public static int firstYearWithout() {
        try (Stream<Path> files = Files.list(Path.of("config", "calendar"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d{4}\\.yml"))
                    .mapToInt(n -> Integer.parseInt(n.substring(0, 4))).max().orElseThrow() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
