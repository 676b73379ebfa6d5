package vn.cchc.carryover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.importer.PlanImport;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.UserInputException.Problem;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.Plans;
import vn.cchc.reorganisation.Reorganisations;
import vn.cchc.reporting.CompletionStatistics;
import vn.cchc.reporting.YearEndSummary;
import vn.cchc.shared.Messages;

/**
 * Next year's draft takes last year's unfinished items. The list is the year-end carry-over list (the one
 * {@code yearEndStatistics} puts in {@code carryOverJson} and the carry-over workbook: {@link CompletionStatistics}
 * on 31/12 of that year, or today if earlier), read again when SNV drafts, so that an item finished since is left
 * out and each agency is the one holding the work today: an agency that ended in a reorganisation since is
 * replaced by its successor ({@link Reorganisations#successorChains}; a split's assignments were moved one by one
 * and already name theirs). {@link #preview} writes nothing; {@link #take} appends the chosen items to the draft's
 * items as the draft page saves them ({@link PlanImport#importJson}, all or nothing), each marked as carried over:
 * section "Nhiệm vụ chuyển tiếp từ kế hoạch năm … (mã …)", number {@code CT.<item no>}, due "Năm <year>" for SNV to
 * set in the draft before issue.
 */
@Service
public class CarryOvers {

    private static final Logger LOG = LoggerFactory.getLogger(CarryOvers.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINISHED = Set.of("DONE_ON_TIME", "DONE_LATE");

    private final Plans plans;
    private final PlanItems items;
    private final CompletionStatistics statistics;
    private final Reorganisations reorganisations;
    private final AgencyDirectory directory;
    private final PlanImport planImport;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    CarryOvers(Plans plans, PlanItems items, CompletionStatistics statistics, Reorganisations reorganisations,
               AgencyDirectory directory, PlanImport planImport, JdbcClient jdbc, Messages messages, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.statistics = statistics;
        this.reorganisations = reorganisations;
        this.directory = directory;
        this.planImport = planImport;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The draft plan, or empty when there is no plan {@code planId}. */
    public Optional<Plan> plan(String planId) {
        return plans.find(planId);
    }

    @Transactional(readOnly = true)
    public CarryOverPreview preview(String planId) {
        Plan draft = plans.get(planId);
        List<String> problems = new ArrayList<>();
        if (draft.status() != PlanStatus.DRAFT && draft.status() != PlanStatus.IN_REVIEW) {
            problems.add(messages.get("carryover.notDraft", planId));
        }
        int lastYear = draft.year() - 1;
        List<Plan> sources = plans.all().stream()
                .filter(p -> p.year() == lastYear && (p.status() == PlanStatus.ISSUED || p.status() == PlanStatus.CLOSED))
                .sorted(Comparator.comparing(Plan::id)).toList();
        if (sources.isEmpty()) {
            problems.add(messages.get("carryover.noSource", String.valueOf(lastYear)));
        }
        Set<String> inDraft = items.findByPlan(planId).stream().map(i -> mark(i.section(), i.stt()))
                .collect(Collectors.toSet());
        Map<String, String> successors = reorganisations.successorChains();
        List<CarriedItem> carried = new ArrayList<>();
        for (Plan source : sources) {
            carried.addAll(unfinished(source, inDraft, successors));
        }
        return new CarryOverPreview(planId, draft.year(), sources.stream()
                .map(p -> new CarryOverPreview.Source(p.id(), p.title(), p.decisionNumber())).toList(), carried,
                problems);
    }

    /**
     * Appends the items named by {@code keys} ({@code <source plan>:<item no>}; empty: every item that can be taken)
     * to the draft; refused as a whole, naming the field {@code items}, when one cannot be taken.
     *
     * @return the items taken
     */
    @Transactional
    public List<CarriedItem> take(String planId, List<String> keys, String user) {
        // the draft's items are read, then written back with the new ones: no other change of the plan in between
        plans.lockNamed(planId);
        CarryOverPreview preview = preview(planId);
        List<Problem> problems = new ArrayList<>(preview.problems().stream().map(CarryOvers::uncoded).toList());
        Map<String, CarriedItem> byKey = new LinkedHashMap<>();
        preview.items().forEach(i -> byKey.put(i.key(), i));
        List<CarriedItem> chosen = new ArrayList<>();
        if (keys == null || keys.isEmpty()) {
            chosen.addAll(preview.takeable());
            if (chosen.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.of(null, "carryover.nothing", String.valueOf(preview.year() - 1)));
            }
        } else {
            for (String key : new LinkedHashSet<>(keys)) {
                CarriedItem item = byKey.get(key.trim());
                if (item == null) {
                    problems.add(Problem.of("items", "carryover.item.unknown", key));
                } else if (item.carried()) {
                    problems.add(Problem.of("items", "carryover.item.carried", item.sourceItemNo(),
                            item.sourcePlanId()));
                } else if (item.problem() != null) {
                    problems.add(uncoded(item.problem()));
                } else {
                    chosen.add(item);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(PlanInputException.UNPROCESSABLE, problems);
        }
        Plan draft = plans.get(planId);
        List<Map<String, Object>> entries = new ArrayList<>();
        items.findByPlan(planId).forEach(i -> entries.add(entry(i.section(), i.stt(), i.task(), lead(i),
                coordinators(i), i.product(), i.deadlineText())));
        for (CarriedItem c : chosen) {
            entries.add(entry(section(c.sourcePlanId(), draft.year() - 1), stt(c.sourceItemNo()), c.task(),
                    c.agencies().stream().map(CarriedItem.Shift::toName).distinct()
                            .collect(Collectors.joining("; ")),
                    c.coordinators(), c.product(), messages.get("carryover.due", String.valueOf(draft.year()))));
        }
        try {
            planImport.importJson(planId, JSON.writeValueAsString(entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        LOG.info("Carry-over into draft {} by {}: {} items from {}", planId, user, chosen.size(),
                chosen.stream().map(CarriedItem::key).toList());
        return chosen;
    }

    private List<CarriedItem> unfinished(Plan source, Set<String> inDraft, Map<String, String> successors) {
        LocalDate yearEnd = LocalDate.of(source.year(), 12, 31);
        LocalDate today = LocalDate.now(clock.withZone(DueDates.ZONE));
        YearEndSummary summary = statistics.of(source.id(), today.isBefore(yearEnd) ? today : yearEnd);
        Map<Integer, List<YearEndSummary.CarryOver>> byItem = new LinkedHashMap<>();
        summary.carryOver().forEach(c -> byItem.computeIfAbsent(c.itemNo(), k -> new ArrayList<>()).add(c));
        List<CarriedItem> result = new ArrayList<>();
        String section = section(source.id(), source.year());
        byItem.forEach((itemNo, rows) -> {
            List<CarriedItem.Shift> shifts = new ArrayList<>();
            String problem = null;
            for (YearEndSummary.CarryOver row : rows) {
                Optional<String[]> assignment = assignment(source.id(), itemNo, row.agencyId());
                if (assignment.isPresent() && FINISHED.contains(assignment.get()[1])) {
                    continue; // finished since the year end
                }
                String then = assignment.flatMap(a -> reorganisations.originalAgencyOf(a[0]))
                        .orElse(row.agencyId());
                String now = successors.getOrDefault(row.agencyId(), row.agencyId());
                shifts.add(CarriedItem.Shift.of(then, reorganisations.name(then), now, reorganisations.name(now)));
                if (problem == null && directory.byId(now).isEmpty()) {
                    problem = messages.get("carryover.agency.gone", itemNo, source.id(), reorganisations.name(now));
                }
            }
            if (shifts.isEmpty()) {
                return;
            }
            PlanItem item = items.find(source.id(), itemNo).orElseThrow();
            YearEndSummary.CarryOver first = rows.get(0);
            result.add(new CarriedItem(source.id(), itemNo, first.area(), first.task(), item.product(),
                    coordinators(item, successors), first.dueDate(), first.status(), shifts,
                    inDraft.contains(mark(section, stt(itemNo))), problem));
        });
        return result;
    }

    /** The assignment's id and status (its agency may have changed since the list was taken: then none). */
    private Optional<String[]> assignment(String planId, int itemNo, String agencyId) {
        return jdbc.sql("SELECT id, status FROM cchc_assignment WHERE plan_id = ? AND item_no = ? AND agency_id = ?")
                .params(planId, itemNo, agencyId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    /** Coordinators as the plan wrote them, unless one of them ended since: then the agencies holding the work. */
    private String coordinators(PlanItem item, Map<String, String> successors) {
        List<String> agencies = item.coordinatorAgencies() == null ? List.of() : item.coordinatorAgencies();
        boolean changed = agencies.stream().anyMatch(a -> successors.containsKey(a) || directory.byId(a).isEmpty());
        if (!changed) {
            return item.coordinatorsText() == null ? "" : item.coordinatorsText();
        }
        return agencies.stream().map(a -> successors.getOrDefault(a, a)).filter(a -> directory.byId(a).isPresent())
                .distinct().map(reorganisations::name).collect(Collectors.joining("; "));
    }

    private String section(String sourcePlanId, int sourceYear) {
        return messages.get("carryover.section", String.valueOf(sourceYear), sourcePlanId);
    }

    private static String stt(int sourceItemNo) {
        return "CT." + sourceItemNo;
    }

    private static String mark(String section, String stt) {
        return (section == null ? "" : section.strip()) + "|" + (stt == null ? "" : stt.strip());
    }

    private String lead(PlanItem i) {
        if (i.leadText() != null && !i.leadText().isBlank()) {
            return i.leadText();
        }
        return i.leadAgencies().stream().map(reorganisations::name).collect(Collectors.joining("; "));
    }

    private String coordinators(PlanItem i) {
        if (i.coordinatorsText() != null && !i.coordinatorsText().isBlank()) {
            return i.coordinatorsText();
        }
        return i.coordinatorAgencies() == null ? "" : i.coordinatorAgencies().stream().map(reorganisations::name)
                .collect(Collectors.joining("; "));
    }

    /** One entry of the draft form's JSON list (the format the draft page saves). */
    private static Map<String, Object> entry(String section, String stt, String task, String lead,
                                             String coordinators, String product, String due) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("section", section == null || section.isBlank() ? null : section);
        m.put("stt", stt == null || stt.isBlank() ? null : stt);
        m.put("task", task);
        m.put("lead", lead);
        m.put("coordinators", coordinators == null ? "" : coordinators);
        m.put("product", product == null || product.isBlank() ? null : product);
        m.put("due", due == null ? "" : due);
        return m;
    }

    /** A sentence composed before refusals were coded (a preview's problem): coded {@code plan.input.refused}. */
    private static Problem uncoded(String sentence) {
        return new Problem(PlanInputException.UNCODED, List.of(sentence), null, sentence);
    }
}
