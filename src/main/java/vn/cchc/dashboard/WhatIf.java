package vn.cchc.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.TextFold;
import vn.cchc.deadline.CalendarDay;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.plan.ItemDue;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.shared.Messages;

/**
 * What-if of a plan year before it is issued: from the draft's items as saved (their due dates per agency and
 * milestone were given by the deadline parser and {@code DueSchedule} when the draft was written), the assignments
 * the deployment will create (lead agency × milestone, due on the working calendar's effective day, as
 * {@code PlanTaskStarter} does), and for each the follow-up schedule's reminders, overdue notice and escalation
 * steps with their recipients. Reads only; a province plan of a few thousand assignments takes well under a second.
 */
@Service
public class WhatIf {

    /** An agency with this many deadlines in one week is called out in the warnings. */
    static final int HEAVY_WEEK = 5;

    private final PlanItems items;
    private final AgencyDirectory directory;
    private final WorkingCalendar calendar;
    private final FollowUpSchedule followUp;
    private final Messages messages;

    WhatIf(PlanItems items, AgencyDirectory directory, WorkingCalendar calendar, FollowUpSchedule followUp,
           Messages messages) {
        this.items = items;
        this.directory = directory;
        this.calendar = calendar;
        this.followUp = followUp;
        this.messages = messages;
    }

    private static final class Load {
        int assignments;
        int withoutDate;
        int reminders;
        int escalations;
        final Map<LocalDate, Integer> due = new HashMap<>(); // per week (Monday)
        final Map<LocalDate, Integer> days = new HashMap<>(); // per due day

        int dueBetween(LocalDate from, LocalDate until) {
            return days.entrySet().stream().filter(e -> !e.getKey().isBefore(from) && e.getKey().isBefore(until))
                    .mapToInt(Map.Entry::getValue).sum();
        }
    }

    public WhatIfData of(DashboardData.PlanRef plan) {
        long started = System.nanoTime();
        List<PlanItem> planItems = items.findByPlan(plan.id());
        LocalDate first = LocalDate.of(plan.year(), 1, 1).with(DayOfWeek.MONDAY);
        LocalDate last = LocalDate.of(plan.year(), 12, 31).with(DayOfWeek.MONDAY);

        Map<String, Load> loads = new TreeMap<>();
        Map<LocalDate, int[]> weekly = new TreeMap<>(); // due, reminder mails, escalation mails
        Map<String, Integer> addresses = new HashMap<>();
        List<WhatIfData.Undated> undated = new ArrayList<>();
        int assignments = 0;
        int shifted = 0;
        for (PlanItem item : planItems) {
            List<String> withoutDate = new ArrayList<>();
            for (String agencyId : item.leadAgencies()) {
                Load load = loads.computeIfAbsent(agencyId, k -> new Load());
                for (ItemDue itemDue : item.duesOf(agencyId)) {
                    assignments++;
                    load.assignments++;
                    if (itemDue.dueDate() == null) {
                        load.withoutDate++;
                        withoutDate.add(name(agencyId));
                        continue;
                    }
                    LocalDate due = calendar.effectiveDue(itemDue.dueDate());
                    if (!due.equals(itemDue.dueDate())) {
                        shifted++;
                    }
                    LocalDate week = due.with(DayOfWeek.MONDAY);
                    load.due.merge(week, 1, Integer::sum);
                    load.days.merge(due, 1, Integer::sum);
                    weekly.computeIfAbsent(week, k -> new int[3])[0]++;
                    for (FollowUpSchedule.Planned alert : followUp.alerts(due)) {
                        int mails = addresses.computeIfAbsent(agencyId + "|" + alert.recipientSpecs(),
                                k -> followUp.addresses(alert.recipientSpecs(), agencyId));
                        int[] w = weekly.computeIfAbsent(alert.day().with(DayOfWeek.MONDAY), k -> new int[3]);
                        if (alert.escalation()) {
                            w[2] += mails;
                            load.escalations += mails;
                        } else {
                            w[1] += mails;
                            load.reminders += mails;
                        }
                    }
                }
            }
            if (!withoutDate.isEmpty()) {
                undated.add(new WhatIfData.Undated(item.itemNo(), item.task(), item.deadlineText(), withoutDate));
            }
        }

        Map<LocalDate, List<CalendarDay>> daysOff = daysOff(plan.year());
        if (!weekly.isEmpty()) {
            first = first.isBefore(((TreeMap<LocalDate, int[]>) weekly).firstKey()) ? first
                    : ((TreeMap<LocalDate, int[]>) weekly).firstKey();
            last = last.isAfter(((TreeMap<LocalDate, int[]>) weekly).lastKey()) ? last
                    : ((TreeMap<LocalDate, int[]>) weekly).lastKey();
        }
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusWeeks(1)) {
            mondays.add(m);
        }
        List<WhatIfData.Week> weeks = new ArrayList<>();
        for (LocalDate m : mondays) {
            int[] w = weekly.getOrDefault(m, new int[3]);
            List<CalendarDay> off = daysOff.getOrDefault(m, List.of());
            weeks.add(new WhatIfData.Week(m, w[0], w[1], w[2], off.stream().anyMatch(WhatIf::isTet),
                    off.stream().map(d -> d.name() + " " + d.date().getDayOfMonth() + "/" + d.date().getMonthValue())
                            .toList(), quarterEnd(m)));
        }

        List<WhatIfData.AgencyLoad> agencyLoads = new ArrayList<>();
        loads.forEach((id, load) -> {
            Map.Entry<LocalDate, Integer> busiest = load.due.entrySet().stream()
                    .max(Map.Entry.<LocalDate, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElse(null);
            agencyLoads.add(new WhatIfData.AgencyLoad(id, name(id), load.assignments, load.withoutDate,
                    busiest == null ? 0 : busiest.getValue(), busiest == null ? null : busiest.getKey(),
                    load.reminders, load.escalations,
                    mondays.stream().map(m -> load.due.getOrDefault(m, 0)).toList()));
        });
        agencyLoads.sort(Comparator.comparingInt(WhatIfData.AgencyLoad::assignments).reversed()
                .thenComparing(WhatIfData.AgencyLoad::name));

        int withoutDate = loads.values().stream().mapToInt(l -> l.withoutDate).sum();
        List<String> warnings = warnings(plan.year(), loads, weeks, withoutDate, undated.size(), shifted);
        return new WhatIfData(plan, planItems.size(), assignments, loads.size(), withoutDate, weeks, agencyLoads,
                undated, warnings, (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> warnings(int year, Map<String, Load> loads, List<WhatIfData.Week> weeks, int withoutDate,
                                  int undatedItems, int shifted) {
        List<String> warnings = new ArrayList<>();
        LocalDate tet = tetStart(year);
        if (tet != null) {
            LocalDate from = tet.minusDays(7);
            long heavy = loads.values().stream().filter(l -> l.dueBetween(from, tet) >= HEAVY_WEEK).count();
            int beforeTet = loads.values().stream().mapToInt(l -> l.dueBetween(from, tet)).sum();
            if (heavy > 0) {
                warnings.add(messages.get("dashboard.whatIf.heavyBeforeTet", heavy, HEAVY_WEEK));
            }
            if (beforeTet > 0) {
                warnings.add(messages.get("dashboard.whatIf.dueBeforeTet", beforeTet, format(tet)));
            }
        }
        long heavyAgencies = loads.values().stream()
                .filter(l -> l.due.values().stream().anyMatch(n -> n >= HEAVY_WEEK)).count();
        if (heavyAgencies > 0) {
            warnings.add(messages.get("dashboard.whatIf.heavyWeek", heavyAgencies, HEAVY_WEEK));
        }
        weeks.stream().filter(w -> w.due() > 0).max(Comparator.comparingInt(WhatIfData.Week::due))
                .ifPresent(w -> warnings.add(messages.get("dashboard.whatIf.peakWeek", format(w.monday()),
                        format(w.monday().plusDays(6)), w.due(), w.quarterEnd()
                                ? messages.get("dashboard.whatIf.quarterEnd") : "")));
        if (withoutDate > 0) {
            warnings.add(messages.get("dashboard.whatIf.withoutDate", undatedItems, withoutDate));
        }
        if (shifted > 0) {
            warnings.add(messages.get("dashboard.whatIf.shifted", shifted));
        }
        return warnings;
    }

    /** The first day off of Tết Nguyên đán in {@code year}, from the working calendar. */
    private LocalDate tetStart(int year) {
        return calendar.year(year).notableDays().stream().filter(CalendarDay::isDayOff).filter(WhatIf::isTet)
                .map(CalendarDay::date).min(Comparator.naturalOrder()).orElse(null);
    }

    private Map<LocalDate, List<CalendarDay>> daysOff(int year) {
        Map<LocalDate, List<CalendarDay>> byWeek = new LinkedHashMap<>();
        for (int y = year - 1; y <= year + 1; y++) {
            for (CalendarDay d : calendar.year(y).notableDays()) {
                if (d.isDayOff() && d.date().getDayOfWeek().getValue() <= 5) {
                    byWeek.computeIfAbsent(d.date().with(DayOfWeek.MONDAY), k -> new ArrayList<>()).add(d);
                }
            }
        }
        return byWeek;
    }

    private static boolean isTet(CalendarDay day) {
        return TextFold.key(day.name()).contains("nguyen dan");
    }

    /** The last two weeks of a quarter: where quarterly deadlines and reports pile up. */
    private static boolean quarterEnd(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        for (LocalDate d = monday; !d.isAfter(sunday); d = d.plusDays(1)) {
            LocalDate quarterEnd = d.withMonth(((d.getMonthValue() - 1) / 3) * 3 + 3)
                    .withDayOfMonth(d.withMonth(((d.getMonthValue() - 1) / 3) * 3 + 3).lengthOfMonth());
            if (ChronoUnit.DAYS.between(d, quarterEnd) < 7 && !d.isAfter(quarterEnd)) {
                return true;
            }
        }
        return false;
    }

    private String name(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static String format(LocalDate day) {
        return vn.cchc.shared.DueDates.format(day);
    }
}
