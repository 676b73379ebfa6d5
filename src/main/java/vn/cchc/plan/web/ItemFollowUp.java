package vn.cchc.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.plan.AssignmentStatus;
import vn.cchc.plan.AssignmentStatuses;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.Checkpoints;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/** What the follow-up pages show of a plan's items: due dates and statuses of their assignments, what SNV must do. */
@Component
public class ItemFollowUp {

    private final PlanItems items;
    private final Assignments assignments;
    private final AgencyDirectory directory;
    private final Checkpoints checkpoints;
    private final AssignmentStatuses statuses;

    ItemFollowUp(PlanItems items, Assignments assignments, AgencyDirectory directory, Checkpoints checkpoints,
                 AssignmentStatuses statuses) {
        this.items = items;
        this.assignments = assignments;
        this.directory = directory;
        this.checkpoints = checkpoints;
        this.statuses = statuses;
    }

    /** One assignment of an item: the agency, which of its dates (milestone), due date and status. */
    public record AssignmentRow(String id, String agencyId, String agencyName, String milestone, LocalDate dueDate,
                         AssignmentStatus status, List<Checkpoints.Row> checkpoints) {

        public String dueText() {
            return dueDate == null ? Texts.get("plan.due.none") : DueDates.format(dueDate);
        }

        public boolean open() {
            return status != AssignmentStatus.DONE_ON_TIME && status != AssignmentStatus.DONE_LATE;
        }
    }

    public record ItemRow(PlanItem item, List<String> leadNames, List<AssignmentRow> assignments) {

        /** The distinct due dates of the assignments, in order. */
        public List<String> dueDates() {
            return assignments.stream().map(AssignmentRow::dueDate).filter(Objects::nonNull).distinct().sorted()
                    .map(DueDates::format).toList();
        }

        /**
         * Per reporting period of an ongoing or recurring item (in date order): how many of its assignments have
         * recorded what they did in the period, of how many.
         */
        public List<PeriodRecord> periods() {
            Map<String, PeriodRecord> periods = new java.util.LinkedHashMap<>();
            assignments.stream().flatMap(a -> a.checkpoints().stream())
                    .sorted(java.util.Comparator.comparing(Checkpoints.Row::due))
                    .forEach(c -> periods.merge(c.period(), new PeriodRecord(c.label(), DueDates.format(c.due()),
                            c.recorded() ? 1 : 0, 1), PeriodRecord::plus));
            return List.copyOf(periods.values());
        }

        public Map<AssignmentStatus, Long> counts() {
            Map<AssignmentStatus, Long> counts = new EnumMap<>(AssignmentStatus.class);
            assignments.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
            return counts;
        }

        /**
         * An open assignment has no date and should have one: the phrase names none (per regulation, event,
         * unreadable), or its date was held back (before the plan year, or before the decision was signed).
         * Ongoing and recurring work has none by nature.
         */
        public boolean needsDate() {
            boolean dated = item.deadlineKind() != DeadlineKind.RECURRING && item.deadlineKind() != DeadlineKind.ONGOING;
            return dated && assignments.stream().anyMatch(a -> a.open() && a.dueDate() == null);
        }

        public boolean waitingEvent() {
            return item.deadlineKind() == DeadlineKind.EVENT
                    && assignments.stream().anyMatch(a -> a.status() == AssignmentStatus.WAITING_EVENT);
        }
    }

    /** One reporting period of an item: its label and checkpoint day, assignments recorded of all. */
    public record PeriodRecord(String label, String due, int recorded, int total) {

        PeriodRecord plus(PeriodRecord other) {
            return new PeriodRecord(label, due, recorded + other.recorded, total + other.total);
        }

        public boolean complete() {
            return recorded == total;
        }
    }

    /**
     * The plan's items, restricted to one agency's assignments and to items with one in {@code status}. Statuses are
     * those of the status rule now ({@link AssignmentStatuses}), not the stored ones a timer last wrote.
     */
    List<ItemRow> rows(String planId, String agencyId, AssignmentStatus status) {
        return rows(planId, agencyId, status, new FollowUpViewer(true, java.util.Set.of()));
    }

    /** The same, as {@code viewer} sees it: an agency head only the items and assignments of their own agencies. */
    List<ItemRow> rows(String planId, String agencyId, AssignmentStatus status, FollowUpViewer viewer) {
        Map<String, List<Checkpoints.Row>> recorded = checkpoints.ofPlan(planId);
        Map<String, AssignmentStatus> now = statuses.ofPlan(planId, VietnamTime.instant());
        Map<Integer, List<AssignmentRow>> byItem = assignments.ofPlan(planId).stream()
                .filter(a -> agencyId == null || agencyId.equals(a.agencyId()))
                .filter(a -> viewer.sees(a.agencyId()))
                .collect(Collectors.groupingBy(Assignments.Assignment::itemNo, Collectors.mapping(
                        a -> row(a, now.getOrDefault(a.id(), a.status()), recorded.getOrDefault(a.id(), List.of())),
                        Collectors.toList())));
        List<ItemRow> rows = new ArrayList<>();
        for (PlanItem item : items.findByPlan(planId)) {
            List<AssignmentRow> its = byItem.getOrDefault(item.itemNo(), List.of());
            if (((agencyId != null || !viewer.wholePlan()) && its.isEmpty())
                    || (status != null && its.stream().noneMatch(a -> a.status() == status))) {
                continue;
            }
            rows.add(new ItemRow(item, item.leadAgencies().stream().map(this::name).toList(), its));
        }
        return rows;
    }

    /** What {@code user} may see and do here; empty when nothing (the chain lets only those users in anyway). */
    java.util.Optional<FollowUpViewer> viewer(org.springframework.security.core.Authentication user) {
        if (user == null) {
            return java.util.Optional.empty();
        }
        return FollowUpViewer.of(user.getAuthorities().stream()
                        .map(org.springframework.security.core.GrantedAuthority::getAuthority).toList(),
                directory.all().stream().map(Agency::id).collect(Collectors.toSet()));
    }

    /** The agencies that have an assignment in the plan and {@code viewer} sees, for the filter. */
    List<Agency> agencies(String planId, FollowUpViewer viewer) {
        List<String> ids = assignments.ofPlan(planId).stream().map(Assignments.Assignment::agencyId).distinct()
                .filter(viewer::sees).toList();
        return directory.all().stream().filter(a -> ids.contains(a.id())).toList();
    }

    private AssignmentRow row(Assignments.Assignment a, AssignmentStatus status, List<Checkpoints.Row> recorded) {
        int at = a.id().lastIndexOf(":m");
        String milestone = at > 0 && a.id().substring(at + 2).matches("\\d+") ? Texts.get("plan.followUp.milestone", a.id().substring(at + 2)) : "";
        return new AssignmentRow(a.id(), a.agencyId(), name(a.agencyId()), milestone, a.dueDate(), status,
                recorded);
    }

    private String name(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }
}
