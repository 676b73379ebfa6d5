package vn.cchc.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One year of the working calendar, precomputed: which days are not working days, and why. */
public final class CalendarYear {

    private final int year;
    private final BitSet daysOff = new BitSet(367);
    private final List<CalendarDay> notableDays;
    private final Optional<OfficialYear> official;

    private CalendarYear(int year, List<CalendarDay> notableDays, Optional<OfficialYear> official) {
        this.year = year;
        this.notableDays = List.copyOf(notableDays);
        this.official = official;
    }

    static CalendarYear build(int year, Optional<OfficialYear> official) {
        Set<HolidayGroup> replaced = official.map(OfficialYear::replaces).orElse(Set.of());
        List<CalendarDay> days = new ArrayList<>(DefaultHolidays.compute(year, replaced));
        official.ifPresent(o -> {
            days.addAll(o.daysOff());
            days.addAll(o.makeUpWorkingDays());
        });
        days.sort(Comparator.comparing(CalendarDay::date));
        CalendarYear cy = new CalendarYear(year, days, official);
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (DefaultHolidays.isWeekend(d)) {
                cy.daysOff.set(d.getDayOfYear());
            }
        }
        days.stream().filter(CalendarDay::isDayOff).forEach(d -> cy.daysOff.set(d.date().getDayOfYear()));
        days.stream().filter(d -> !d.isDayOff()).forEach(d -> cy.daysOff.clear(d.date().getDayOfYear()));
        return cy;
    }

    public int year() {
        return year;
    }

    boolean isWorkingDay(LocalDate day) {
        return !daysOff.get(day.getDayOfYear());
    }

    /** Holidays, compensatory and announced days off, and make-up working days, in date order. */
    public List<CalendarDay> notableDays() {
        return notableDays;
    }

    /** True when an official file for this year was loaded (groups it does not replace are still computed). */
    public boolean hasOfficialAnnouncement() {
        return official.isPresent();
    }

    /**
     * True when an official file for this year sets its Tết break: the computed one (five days, no swapped days) is
     * shorter than any announced so far, so a year without it cannot be trusted around Tết.
     */
    public boolean hasOfficialTet() {
        return official.map(o -> o.replaces().contains(HolidayGroup.TET)).orElse(false);
    }

    /** The groups still on computed defaults this year. */
    public List<String> computedGroups() {
        Set<HolidayGroup> replaced = official.map(OfficialYear::replaces).orElse(Set.of());
        List<String> names = new ArrayList<>();
        for (HolidayGroup g : HolidayGroup.values()) {
            if (!replaced.contains(g)) {
                names.add(g.vietnameseName());
            }
        }
        return names;
    }

    public Optional<String> officialFile() {
        return official.map(o -> o.file().toString());
    }

    public Optional<String> note() {
        return official.map(OfficialYear::note).filter(n -> !n.isBlank());
    }
}
