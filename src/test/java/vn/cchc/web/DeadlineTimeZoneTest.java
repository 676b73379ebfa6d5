package vn.cchc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.deadline.DeadlineJson;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.DueDates;

/**
 * A deadline of 31/03/2024 is the end of that day in Vietnam (16:59:59 UTC) and stays 31/03/2024 whatever zone the
 * server runs in: UTC, west of UTC (Los Angeles) or far east of Vietnam (Kiritimati, UTC+14).
 */
class DeadlineTimeZoneTest {

    private static final TimeZone ORIGINAL = TimeZone.getDefault();
    /** 31/03/2024 23:59:59 in UTC+7. */
    private static final Instant END_OF_31_MARCH_IN_VIETNAM = Instant.parse("2024-03-31T16:59:59Z");

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(ORIGINAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"})
    void deadlineDayIsTheEndOfThatDayInVietnam(String serverZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
        var day = new DeadlineParser(2024).parse("Quý I/2024").dates().get(0);

        assertThat(DueDates.endOfDay(day).toInstant()).isEqualTo(END_OF_31_MARCH_IN_VIETNAM);
        assertThat(DueDates.format(day)).isEqualTo("31/03/2024");
        assertThat(DueDates.endOfDayIso(day)).isEqualTo("2024-03-31T23:59:59+07:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"})
    void deadlineJsonKeepsTheDayOfThePlan(String serverZone) {
        TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
        WorkingCalendar calendar = WorkingCalendar.load(Path.of("config/calendar"));
        Map<String, Object> json = DeadlineJson.toMap(new DeadlineParser(2024).parse("Quý I/2024"), calendar);

        assertThat(json.get("due")).isEqualTo(List.of("2024-03-31"));
        // 31/03/2024 is a Sunday: the deadline runs to Monday (Civil Code art. 148), never to Saturday 30/03
        assertThat(json.get("effectiveDue")).isEqualTo(List.of("2024-04-01"));
        Map<String, Object> before = DeadlineJson.toMap(new DeadlineParser(2024).parse("Trước ngày 01/4/2024"),
                calendar);
        assertThat(before.get("due")).isEqualTo(List.of("2024-03-31"));
    }
}
