package vn.cchc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tết (1st day of the 1st lunar month) in Vietnam. 1985, 2007 and 2030 differ from China (1985-02-20,
 * 2007-02-18, 2030-02-03) because Vietnam computes the calendar for UTC+7.
 */
class LunarDatesTest {

    @ParameterizedTest
    @CsvSource({
            "1985, 1985-01-21", "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01",
            "2004, 2004-01-22", "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07",
            "2009, 2009-01-26", "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10",
            "2014, 2014-01-31", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16",
            "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
            "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2030, 2030-02-02"})
    void tet(int year, LocalDate expected) {
        assertThat(LunarDates.tet(year)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsCommemoration(int year, LocalDate expected) {
        assertThat(LunarDates.hungKings(year)).isEqualTo(expected);
    }
}
