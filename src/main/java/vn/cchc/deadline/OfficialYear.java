package vn.cchc.deadline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The official announcements for one year, read from {@code config/calendar/<year>.yml} (format in
 * docs/deadlines.md). {@code replaces} lists the holiday groups whose computed days the file replaces entirely.
 */
record OfficialYear(int year, Set<HolidayGroup> replaces, List<CalendarDay> daysOff,
                    List<CalendarDay> makeUpWorkingDays, String note, Path file) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String date, String name, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileContent(Integer year, List<String> replaces, List<Entry> daysOff, List<Entry> makeUpWorkingDays,
                       String note) {
    }

    static OfficialYear read(Path file) {
        FileContent content;
        try {
            content = YAML.readValue(file.toFile(), FileContent.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (content == null || content.year() == null) {
            throw new IllegalArgumentException(file + ": missing 'year'");
        }
        int year = content.year();
        Set<HolidayGroup> replaces = EnumSet.noneOf(HolidayGroup.class);
        for (String name : orEmpty(content.replaces())) {
            replaces.add(HolidayGroup.fromConfigName(name));
        }
        List<CalendarDay> off = entries(file, year, content.daysOff(), CalendarDay.Type.DAY_OFF);
        List<CalendarDay> work = entries(file, year, content.makeUpWorkingDays(),
                CalendarDay.Type.MAKE_UP_WORKING_DAY);
        return new OfficialYear(year, Set.copyOf(replaces), off, work, content.note(), file);
    }

    private static List<CalendarDay> entries(Path file, int year, List<Entry> entries, CalendarDay.Type type) {
        List<CalendarDay> days = new ArrayList<>();
        for (Entry e : orEmpty(entries)) {
            if (e.date() == null || e.source() == null || e.source().isBlank()) {
                throw new IllegalArgumentException(file + ": every entry needs 'date' and 'source'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(e.date().trim());
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(file + ": bad date " + e.date(), ex);
            }
            if (date.getYear() != year) {
                throw new IllegalArgumentException(file + ": " + date + " is not in " + year);
            }
            days.add(new CalendarDay(date, type, e.name() == null ? "" : e.name(), e.source(), true));
        }
        return List.copyOf(days);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
