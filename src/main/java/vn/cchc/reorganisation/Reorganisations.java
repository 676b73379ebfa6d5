package vn.cchc.reorganisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.followup.FollowUpVariables;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Messages;

/**
 * Agencies that merge, are renamed, split or dissolved, with an effective date. {@link #preview} lists every piece of
 * open work of the agencies that end and where it goes: running process instances (planTask, reports, inspection
 * visits, PAR assessments — their reminder and deadline timers read the agency when they fire, so they follow), open
 * tasks of the old groups, unfinished assignments, reports not yet accepted, inspections not yet concluded, open
 * findings and queued notifications (those to the old agency's mailbox are re-addressed to the successor's). A
 * split sends each open assignment — with its process, tasks and queued reminders — to the successor SNV chose for
 * it, the rest to the main successor; a dissolution sends everything to the named successor or, without one, to
 * SNV's own agency ({@code cchc.snv-agency}), which reassigns it. {@link #apply} moves them all in one
 * transaction, records each move (who, when, why, from, to) and an amendment on every moved assignment, takes the
 * old group's grants on the moved instances away (it sees nothing of them any more), and leaves finished work —
 * done assignments, accepted reports, closed findings, sent mail, history — under the old agency, so the year-end
 * statistics still name it. The old agencies' users are not moved: the successor's officials take over.
 */
@Service
public class Reorganisations {

    private static final Set<String> FINISHED_ASSIGNMENT = Set.of("DONE_ON_TIME", "DONE_LATE");
    private static final Set<String> FINISHED_INSPECTION = Set.of("CONCLUDED", "CLOSED");

    /** Characters of {@code cchc_reorganisation.reason}. */
    static final int REASON_LENGTH = 2000;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final AgencyDirectory directory;
    private final Messages messages;
    private final Clock clock;
    private final String snvAgency;

    Reorganisations(RuntimeService runtime, TaskService tasks, IdentityService identity,
                    AuthorizationService authorizations, ManagementService management, JdbcClient jdbc,
                    AgencyDirectory directory, Messages messages, Clock clock,
                    @Value("${cchc.snv-agency:so-noi-vu}") String snvAgency) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
        this.management = management;
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
        this.snvAgency = snvAgency;
    }

    /** One reorganisation made, as listed on the page and by the REST API. */
    public record Done(long id, ReorganisationKind kind, List<String> from, String to, LocalDate effective,
                       String reason, String createdBy, LocalDateTime createdAt) {
    }

    /** SNV's own agency: a dissolution without successor gives the work back to it (for reassignment). */
    public String snvAgency() {
        return snvAgency;
    }

    public ReorganisationPreview preview(ReorganisationRequest request) {
        List<String> problems = check(request);
        if (!problems.isEmpty()) {
            return new ReorganisationPreview(request, List.of(), problems);
        }
        ReorganisationRequest effective = withSuccessor(request);
        List<Move> moves = new ArrayList<>();
        for (String from : sources(effective)) {
            moves.addAll(movesOf(from, effective));
        }
        if (effective.kind() == ReorganisationKind.SPLIT || effective.kind() == ReorganisationKind.REASSIGN) {
            problems.addAll(choiceProblems(effective, moves));
        }
        return new ReorganisationPreview(effective, moves, problems);
    }

    /** Makes the moves of {@link #preview} in one transaction; refused (nothing written) while a problem remains. */
    @Transactional
    public long apply(ReorganisationRequest request, String user) {
        // one reorganisation at a time (migration V15): the same one confirmed twice at once is checked the second
        // time against what the first ended, and refused
        jdbc.sql("SELECT name FROM cchc_lock WHERE name = 'reorganisation' FOR UPDATE").query(String.class).single();
        ReorganisationPreview preview = preview(request);
        if (!preview.canApply()) {
            throw new ReorganisationException(preview.problems());
        }
        ReorganisationRequest made = preview.request();
        LocalDateTime now = LocalDateTime.now(clock.withZone(DueDates.ZONE));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO cchc_reorganisation (kind, from_agencies, to_agency, effective, reason, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(made.kind().name(), String.join(",", made.from()), made.to(), made.effective(),
                        made.reason(), user, Timestamp.valueOf(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Move move : preview.moves()) {
            if (move.toAgency().equals(move.fromAgency())) {
                continue; // a reassignment leaves what SNV did not choose where it is
            }
            perform(move, made, user, now);
            jdbc.sql("INSERT INTO cchc_reorganisation_move (reorganisation_id, kind, ref, description, from_agency, "
                            + "from_name, to_agency, to_name, recipient) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, move.kind().name(), move.ref(), move.description(), move.fromAgency(),
                            move.fromName(), move.toAgency(), move.toName(), move.recipient())
                    .update();
        }
        return id;
    }

    public List<Done> list() {
        return jdbc.sql("SELECT id, kind, from_agencies, to_agency, effective, reason, created_by, created_at "
                        + "FROM cchc_reorganisation ORDER BY id DESC")
                .query((rs, n) -> new Done(rs.getLong(1), ReorganisationKind.valueOf(rs.getString(2)),
                        List.of(rs.getString(3).split(",")), rs.getString(4), rs.getDate(5).toLocalDate(),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toLocalDateTime()))
                .list();
    }

    public Optional<Done> find(long id) {
        return list().stream().filter(d -> d.id() == id).findFirst();
    }

    /** The moves a reorganisation made (its history), in the order they were made. */
    public List<Move> moves(long id) {
        return jdbc.sql("SELECT kind, ref, description, from_agency, from_name, to_agency, to_name, recipient "
                        + "FROM cchc_reorganisation_move WHERE reorganisation_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new Move(Move.MoveKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /**
     * Where the work of the agencies that ended went, in the order of the reorganisations: old agency id → the
     * agency that holds its work today, following chains (A → B, later B → C gives A → C). A split maps to its main
     * successor; its assignments themselves were moved one by one ({@link #originalAgencyOf} tells where each was).
     */
    public Map<String, String> successorChains() {
        Map<String, String> next = new HashMap<>();
        jdbc.sql("SELECT from_agencies, to_agency FROM cchc_reorganisation ORDER BY id")
                .query(rs -> {
                    for (String from : rs.getString(1).split(",")) {
                        if (!from.equals(rs.getString(2))) {
                            next.put(from, rs.getString(2));
                        }
                    }
                });
        Map<String, String> chains = new HashMap<>();
        next.keySet().forEach(from -> chains.put(from, follow(from, next)));
        return chains;
    }

    /** The agency an assignment had before the first reorganisation that moved it, if one did. */
    public Optional<String> originalAgencyOf(String assignmentId) {
        return jdbc.sql("SELECT from_agency FROM cchc_reorganisation_move WHERE kind = 'ASSIGNMENT' AND ref = ? "
                        + "ORDER BY id")
                .param(assignmentId).query(String.class).list().stream().findFirst();
    }

    private static String follow(String from, Map<String, String> next) {
        String at = from;
        Set<String> seen = new LinkedHashSet<>();
        while (next.containsKey(at) && seen.add(at)) {
            at = next.get(at);
        }
        return at;
    }

    /** The name an agency has in the directory, else the name its group kept (a retired agency), else its id. */
    public String name(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElseGet(() -> {
            Group group = identity.createGroupQuery().groupId(agencyId).singleResult();
            return group != null && group.getName() != null ? group.getName() : agencyId;
        });
    }

    private List<String> check(ReorganisationRequest r) {
        List<String> problems = new ArrayList<>();
        if (r.kind() == null) {
            problems.add(messages.get("agency.reorg.kind"));
            return problems;
        }
        boolean dissolveToSnv = r.kind() == ReorganisationKind.DISSOLVE && r.to().isEmpty();
        if (r.kind() == ReorganisationKind.REASSIGN) {
            // no successor: each chosen assignment names its own, the agency goes on
        } else if (dissolveToSnv) {
            if (directory.byId(snvAgency).isEmpty()) {
                problems.add(messages.get("reorganisation.dissolve.noSnv", snvAgency));
            }
        } else if (r.to().isEmpty() || directory.byId(r.to()).isEmpty()) {
            problems.add(messages.get("agency.reorg.to.unknown", r.to()));
        }
        if (r.from().isEmpty()) {
            problems.add(messages.get("agency.reorg.from.missing"));
        }
        Map<String, String> ended = r.kind() == ReorganisationKind.REASSIGN ? Map.of() : successorChains();
        for (String from : r.from()) {
            if (directory.byId(from).isEmpty() && identity.createGroupQuery().groupId(from).count() == 0) {
                problems.add(messages.get("agency.reorg.from.unknown", from));
            } else if (ended.containsKey(from)) {
                // an agency a reorganisation already ended: its work went on with its successor
                problems.add(messages.get("reorganisation.from.ended", name(from), name(ended.get(from))));
            }
        }
        switch (r.kind()) {
            case RENAME -> {
                if (r.from().size() != 1 || r.from().contains(r.to())) {
                    problems.add(messages.get("agency.reorg.rename.one"));
                }
            }
            case MERGE -> {
                if (new LinkedHashSet<>(withTo(r)).size() < 2) {
                    problems.add(messages.get("agency.reorg.merge.two"));
                }
            }
            case SPLIT -> {
                if (r.from().size() != 1) {
                    problems.add(messages.get("reorganisation.split.one"));
                } else if (r.from().contains(r.to())) {
                    problems.add(messages.get("reorganisation.split.toIsFrom", r.to()));
                }
                r.choices().forEach((assignment, successor) -> {
                    if (directory.byId(successor).isEmpty()) {
                        problems.add(messages.get("reorganisation.choice.unknown", assignment, successor));
                    } else if (r.from().contains(successor)) {
                        problems.add(messages.get("reorganisation.choice.self", assignment, successor));
                    }
                });
            }
            case REASSIGN -> {
                if (r.from().size() != 1) {
                    problems.add(messages.get("reorganisation.reassign.one"));
                }
                r.choices().forEach((assignment, successor) -> {
                    if (directory.byId(successor).isEmpty()) {
                        problems.add(messages.get("reorganisation.choice.unknown", assignment, successor));
                    }
                });
            }
            case DISSOLVE -> {
                String successor = dissolveToSnv ? snvAgency : r.to();
                if (r.from().contains(successor)) {
                    problems.add(messages.get("reorganisation.dissolve.toIsFrom", successor));
                }
            }
            default -> throw new IllegalStateException(r.kind().name());
        }
        if (r.kind() != ReorganisationKind.SPLIT && r.kind() != ReorganisationKind.REASSIGN
                && !r.choices().isEmpty()) {
            problems.add(messages.get("reorganisation.choices.onlySplit"));
        }
        if (r.effective() == null) {
            problems.add(messages.get("agency.reorg.effective.missing"));
        } else if (r.effective().isAfter(LocalDate.now(clock.withZone(DueDates.ZONE)))) {
            problems.add(messages.get("agency.reorg.effective.future", DueDates.format(r.effective())));
        }
        if (r.reason().isEmpty()) {
            problems.add(messages.get("agency.reorg.reason.missing"));
        } else if (r.reason().length() > REASON_LENGTH) {
            problems.add(messages.get("agency.reorg.reason.tooLong", r.reason().length(), REASON_LENGTH));
        }
        return problems;
    }

    /** A dissolution without successor gives the work back to SNV's agency: the request as made, with it named. */
    private ReorganisationRequest withSuccessor(ReorganisationRequest r) {
        if (r.kind() == ReorganisationKind.REASSIGN) {
            // what SNV does not choose stays with the agency
            return new ReorganisationRequest(r.kind(), r.from(), r.from().get(0), r.effective(), r.reason(),
                    r.choices());
        }
        return r.kind() == ReorganisationKind.DISSOLVE && r.to().isEmpty()
                ? new ReorganisationRequest(r.kind(), r.from(), snvAgency, r.effective(), r.reason(), r.choices())
                : r;
    }

    /**
     * A split: every open assignment needs SNV's choice. A reassignment: at least one assignment goes elsewhere.
     * Either way a choice names an assignment the preview lists.
     */
    private List<String> choiceProblems(ReorganisationRequest r, List<Move> moves) {
        List<String> problems = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>();
        boolean split = r.kind() == ReorganisationKind.SPLIT;
        for (Move m : moves) {
            if (m.kind() == Move.MoveKind.ASSIGNMENT) {
                open.add(m.ref());
                if (split && !r.choices().containsKey(m.ref())) {
                    problems.add(messages.get("reorganisation.choice.missing", m.description()));
                }
            }
        }
        if (!split && moves.stream().noneMatch(m -> m.kind() == Move.MoveKind.ASSIGNMENT
                && !m.toAgency().equals(m.fromAgency()))) {
            problems.add(messages.get("reorganisation.reassign.none", name(r.from().get(0))));
        }
        r.choices().keySet().stream().filter(ref -> !open.contains(ref))
                .forEach(ref -> problems.add(messages.get("reorganisation.choice.notOpen", ref, name(r.from().get(0)))));
        return problems;
    }

    private static List<String> withTo(ReorganisationRequest r) {
        List<String> all = new ArrayList<>(r.from());
        all.add(r.to());
        return all;
    }

    /** The agencies whose work moves: every old agency but the successor itself (A + B → A keeps A's work). */
    private static List<String> sources(ReorganisationRequest r) {
        if (r.kind() == ReorganisationKind.REASSIGN) {
            return r.from();
        }
        return r.from().stream().filter(f -> !f.equals(r.to())).toList();
    }

    /** The open work of one agency that ends, each piece with the successor it goes to. */
    private List<Move> movesOf(String from, ReorganisationRequest r) {
        String fromName = name(from);
        Map<String, String> names = new HashMap<>();
        java.util.function.Function<String, String> nameOf = id -> names.computeIfAbsent(id, this::name);
        List<Move> moves = new ArrayList<>();
        // the open assignments first: a split sends each one's process, tasks and reminders where it goes
        record Open(String id, String planId, int itemNo, String instanceId) {
        }
        List<Open> open = jdbc.sql("SELECT id, plan_id, item_no, status, process_instance_id FROM cchc_assignment "
                        + "WHERE agency_id = ? ORDER BY plan_id, item_no")
                .param(from)
                .query((rs, n) -> FINISHED_ASSIGNMENT.contains(rs.getString(4)) ? null
                        : new Open(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(5)))
                .list().stream().filter(Objects::nonNull).toList();
        if (r.kind() == ReorganisationKind.REASSIGN) {
            Set<String> returned = returnedTo(from);
            open = open.stream().filter(a -> returned.contains(a.id())).toList();
        }
        Map<String, String> instanceTo = new HashMap<>();
        Map<String, String> assignmentTo = new HashMap<>();
        for (Open a : open) {
            String to = r.successorOf(a.id());
            assignmentTo.put(a.id(), to);
            if (a.instanceId() != null) {
                instanceTo.put(a.instanceId(), to);
            }
        }
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().variableValueEquals("agencyId", from).list()) {
            String to = instanceTo.getOrDefault(pi.getId(),
                    pi.getBusinessKey() == null ? r.to() : assignmentTo.getOrDefault(pi.getBusinessKey(), r.to()));
            instanceTo.put(pi.getId(), to);
            String definition = pi.getProcessDefinitionId().split(":")[0];
            // its follow-up's timers too (a called followUp instance has the same root)
            long timers = management.createJobQuery().rootProcessInstanceId(pi.getId()).timers().count();
            moves.add(new Move(Move.MoveKind.PROCESS, pi.getId(), messages.get("agency.reorg.move.process",
                    definition, pi.getBusinessKey() == null ? "" : pi.getBusinessKey(), timers),
                    from, fromName, to, nameOf.apply(to), null));
        }
        for (Task task : tasks.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().list()) {
            String to = task.getProcessInstanceId() == null ? r.to()
                    : instanceTo.getOrDefault(task.getProcessInstanceId(), r.to());
            moves.add(new Move(Move.MoveKind.TASK, task.getId(), messages.get("agency.reorg.move.task",
                    task.getName(), task.getDueDate() == null ? "—" : DueDates.format(
                            LocalDate.ofInstant(task.getDueDate().toInstant(), DueDates.ZONE))),
                    from, fromName, to, nameOf.apply(to), null));
        }
        for (Open a : open) {
            String to = assignmentTo.get(a.id());
            moves.add(new Move(Move.MoveKind.ASSIGNMENT, a.id(), messages.get("agency.reorg.move.assignment",
                    a.planId(), a.itemNo()), from, fromName, to, nameOf.apply(to), null));
        }
        jdbc.sql("SELECT id, plan_id, period FROM cchc_report WHERE agency_id = ? AND status <> 'ACCEPTED' ORDER BY id")
                .param(from)
                .query((rs, n) -> new Move(Move.MoveKind.REPORT, rs.getString(1), messages.get(
                        "agency.reorg.move.report", rs.getString(3), rs.getString(2)), from, fromName, r.to(),
                        nameOf.apply(r.to()), null))
                .list().forEach(moves::add);
        jdbc.sql("SELECT id, plan_year, visit_month, status FROM cchc_inspection WHERE agency_id = ? ORDER BY id")
                .param(from)
                .query((rs, n) -> FINISHED_INSPECTION.contains(rs.getString(4)) ? null
                        : new Move(Move.MoveKind.INSPECTION, rs.getString(1), messages.get(
                                "reorganisation.move.inspection", rs.getString(2), rs.getInt(3)), from, fromName,
                        r.to(), nameOf.apply(r.to()), null))
                .list().stream().filter(Objects::nonNull).forEach(moves::add);
        jdbc.sql("SELECT id, finding_no, plan_year FROM cchc_finding WHERE agency_id = ? AND status <> 'CLOSED' "
                        + "ORDER BY id")
                .param(from)
                .query((rs, n) -> new Move(Move.MoveKind.FINDING, rs.getString(1), messages.get(
                        "agency.reorg.move.finding", rs.getInt(2), rs.getString(3)), from, fromName, r.to(),
                        nameOf.apply(r.to()), null))
                .list().forEach(moves::add);
        String oldMailbox = directory.byId(from).map(Agency::email).orElse("");
        jdbc.sql("SELECT id, recipient, template, idempotency_key FROM cchc_notification WHERE agency_id = ? "
                        + "AND status = 'PENDING' ORDER BY id")
                .param(from)
                .query((rs, n) -> {
                    String recipient = rs.getString(2);
                    String to = successorOfNotification(rs.getString(4), assignmentTo, r.to());
                    String newMailbox = directory.byId(to).map(Agency::email).orElse(null);
                    String goesTo = recipient.equalsIgnoreCase(oldMailbox == null ? "" : oldMailbox)
                            && newMailbox != null ? newMailbox : recipient;
                    return new Move(Move.MoveKind.NOTIFICATION, String.valueOf(rs.getLong(1)), messages.get(
                            "agency.reorg.move.notification", rs.getString(3), recipient), from, fromName, to,
                            nameOf.apply(to), goesTo);
                })
                .list().forEach(moves::add);
        if (r.kind() == ReorganisationKind.REASSIGN) {
            // only the returned assignments and what belongs to them: their instances, tasks and reminders
            Set<String> instances = new java.util.HashSet<>();
            open.forEach(a -> {
                if (a.instanceId() != null) {
                    instances.add(a.instanceId());
                }
            });
            Set<String> taskIds = new java.util.HashSet<>();
            for (Task task : tasks.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().list()) {
                if (task.getProcessInstanceId() != null && instances.contains(task.getProcessInstanceId())) {
                    taskIds.add(task.getId());
                }
            }
            moves.removeIf(m -> switch (m.kind()) {
                case ASSIGNMENT -> false;
                case PROCESS -> !instances.contains(m.ref());
                case TASK -> !taskIds.contains(m.ref());
                default -> true;
            });
            moves.addAll(notificationsOf(from, fromName, assignmentTo, nameOf));
        }
        return moves;
    }

    /** Open assignments a reorganisation moved to {@code agency} (work given back to SNV by a dissolution). */
    private Set<String> returnedTo(String agency) {
        return new java.util.HashSet<>(jdbc.sql("SELECT ref FROM cchc_reorganisation_move WHERE kind = 'ASSIGNMENT' "
                + "AND to_agency = ?").param(agency).query(String.class).list());
    }

    /** A reassignment's queued reminders: those keyed by one of the assignments it may move. */
    private List<Move> notificationsOf(String from, String fromName, Map<String, String> assignmentTo,
                                       java.util.function.Function<String, String> nameOf) {
        List<Move> moves = new ArrayList<>();
        for (Map.Entry<String, String> a : assignmentTo.entrySet()) {
            jdbc.sql("SELECT id, recipient, template FROM cchc_notification WHERE agency_id = ? AND status = 'PENDING' "
                            + "AND idempotency_key LIKE ? ORDER BY id")
                    .params(from, "planTask:" + a.getKey().replace("%", "\\%").replace("_", "\\_") + ":%")
                    .query((rs, n) -> {
                        String recipient = rs.getString(2);
                        String oldMailbox = directory.byId(from).map(Agency::email).orElse("");
                        String newMailbox = directory.byId(a.getValue()).map(Agency::email).orElse(null);
                        String goesTo = recipient.equalsIgnoreCase(oldMailbox) && newMailbox != null ? newMailbox
                                : recipient;
                        return new Move(Move.MoveKind.NOTIFICATION, String.valueOf(rs.getLong(1)), messages.get(
                                "agency.reorg.move.notification", rs.getString(3), recipient), from, fromName,
                                a.getValue(), nameOf.apply(a.getValue()), goesTo);
                    }).list().forEach(moves::add);
        }
        return moves;
    }

    /** A task's reminder is keyed {@code planTask:<assignment id>:…}: it follows its assignment. */
    private static String successorOfNotification(String key, Map<String, String> assignmentTo, String fallback) {
        if (key != null && key.startsWith("planTask:")) {
            for (Map.Entry<String, String> e : assignmentTo.entrySet()) {
                if (key.startsWith("planTask:" + e.getKey() + ":")) {
                    return e.getValue();
                }
            }
        }
        return fallback;
    }

    /**
     * The deadline follow-ups the instance called ({@code followUp}, given the agency as an input when called) follow
     * the agency too: their next reminder or escalation goes to the successor.
     */
    private void followUpsMove(Move move) {
        for (ProcessInstance followUp : runtime.createProcessInstanceQuery().rootProcessInstanceId(move.ref())
                .processDefinitionKey(FollowUpVariables.PROCESS_KEY)
                .variableValueEquals(FollowUpVariables.AGENCY_ID, move.fromAgency()).list()) {
            runtime.setVariable(followUp.getId(), FollowUpVariables.AGENCY_ID, move.toAgency());
            if (runtime.getVariable(followUp.getId(), "agencyName") != null) {
                runtime.setVariable(followUp.getId(), "agencyName", move.toName());
            }
        }
    }

    private void perform(Move move, ReorganisationRequest request, String user, LocalDateTime now) {
        switch (move.kind()) {
            case PROCESS -> {
                runtime.setVariable(move.ref(), "agencyId", move.toAgency());
                if (runtime.getVariable(move.ref(), "agencyName") != null) {
                    runtime.setVariable(move.ref(), "agencyName", move.toName());
                }
                followUpsMove(move);
                grantRead(move.toAgency(), move.ref());
                revokeInstance(move.fromAgency(), move.ref());
            }
            case TASK -> {
                tasks.deleteCandidateGroup(move.ref(), move.fromAgency());
                // the engine keeps a removed candidate group's grants on the task and its history (its comments):
                // they go with it
                for (Resources type : List.of(Resources.TASK, Resources.HISTORIC_TASK)) {
                    authorizations.createAuthorizationQuery().groupIdIn(move.fromAgency()).resourceType(type)
                            .resourceId(move.ref()).list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
                }
                tasks.addCandidateGroup(move.ref(), move.toAgency());
                Task task = tasks.createTaskQuery().taskId(move.ref()).singleResult();
                if (task.getAssignee() != null && identity.createUserQuery().userId(task.getAssignee())
                        .memberOfGroup(move.toAgency()).count() == 0) {
                    // claimed by an official of the old agency: back to the successor's group as a whole
                    tasks.setAssignee(move.ref(), null);
                }
                if (task.getProcessInstanceId() != null) {
                    revokeInstance(move.fromAgency(), task.getProcessInstanceId());
                }
            }
            case ASSIGNMENT -> {
                jdbc.sql("UPDATE cchc_assignment SET agency_id = ? WHERE id = ?").params(move.toAgency(), move.ref())
                        .update();
                jdbc.sql("INSERT INTO cchc_plan_amendment (plan_id, item_no, change_kind, old_value, new_value, "
                                + "reason, changed_by, changed_at, agency_id) "
                                + "SELECT plan_id, item_no, 'REORGANISATION', ?, ?, ?, ?, ?, ? FROM cchc_assignment "
                                + "WHERE id = ?")
                        .params(move.fromName(), move.toName(), request.reason(), user, Timestamp.valueOf(now),
                                move.toAgency(), move.ref())
                        .update();
            }
            case REPORT -> jdbc.sql("UPDATE cchc_report SET agency_id = ? WHERE id = ?")
                    .params(move.toAgency(), move.ref()).update();
            case INSPECTION -> jdbc.sql("UPDATE cchc_inspection SET agency_id = ? WHERE id = ?")
                    .params(move.toAgency(), move.ref()).update();
            case FINDING -> jdbc.sql("UPDATE cchc_finding SET agency_id = ? WHERE id = ?")
                    .params(move.toAgency(), move.ref()).update();
            case NOTIFICATION -> jdbc.sql("UPDATE cchc_notification SET agency_id = ?, recipient = ? "
                            + "WHERE id = ? AND status = 'PENDING'")
                    .params(move.toAgency(), move.recipient(), Long.parseLong(move.ref())).update();
            default -> throw new IllegalStateException(move.kind().name());
        }
    }

    /** The successor's group reads the instance it now works on (as candidate groups do, TaskCardAuthorizations). */
    private void grantRead(String groupId, String instanceId) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId).singleResult();
        if (existing == null) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(Resources.PROCESS_INSTANCE);
            grant.setResourceId(instanceId);
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
    }

    /** The old agency's group no longer reads an instance that moved away from it. */
    private void revokeInstance(String groupId, String instanceId) {
        authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(instanceId).list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
}
