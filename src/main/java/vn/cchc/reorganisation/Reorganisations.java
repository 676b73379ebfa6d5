package vn.cchc.reorganisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Messages;

/**
 * Agencies that merge or are renamed, with an effective date. {@link #preview} lists every piece of open work of the
 * old agencies and where it goes: running process instances (planTask, reports, inspection visits, PAR
 * assessments — their reminder and deadline timers read the agency when they fire, so they follow), open tasks of
 * the old groups, unfinished assignments, reports not yet accepted, open findings and queued notifications (those to
 * the old agency's mailbox are re-addressed to the successor's). {@link #apply} moves them all in one transaction,
 * records each move (who, when, why, from, to) and an amendment on every moved assignment, and leaves finished
 * work — done assignments, accepted reports, closed findings, sent mail, history — under the old agency, so the
 * year-end statistics still name it. The old agencies' users are not moved: the successor's officials take over.
 */
@Service
public class Reorganisations {

    private static final Set<String> FINISHED_ASSIGNMENT = Set.of("DONE_ON_TIME", "DONE_LATE");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ManagementService management;
    private final JdbcClient jdbc;
    private final AgencyDirectory directory;
    private final Messages messages;
    private final Clock clock;

    Reorganisations(RuntimeService runtime, TaskService tasks, IdentityService identity,
                    AuthorizationService authorizations, ManagementService management, JdbcClient jdbc,
                    AgencyDirectory directory, Messages messages, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.authorizations = authorizations;
        this.management = management;
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /** One reorganisation made, as listed on the page and by the REST API. */
    public record Done(long id, ReorganisationKind kind, List<String> from, String to, LocalDate effective,
                       String reason, String createdBy, LocalDateTime createdAt) {
    }

    public ReorganisationPreview preview(ReorganisationRequest request) {
        List<String> problems = check(request);
        if (!problems.isEmpty()) {
            return new ReorganisationPreview(request, List.of(), problems);
        }
        List<Move> moves = new ArrayList<>();
        for (String from : sources(request)) {
            moves.addAll(movesOf(from, request.to()));
        }
        return new ReorganisationPreview(request, moves, List.of());
    }

    /** Makes the moves of {@link #preview} in one transaction; refused (nothing written) while a problem remains. */
    @Transactional
    public long apply(ReorganisationRequest request, String user) {
        ReorganisationPreview preview = preview(request);
        if (!preview.canApply()) {
            throw new ReorganisationException(preview.problems());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO cchc_reorganisation (kind, from_agencies, to_agency, effective, reason, created_by, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(request.kind().name(), String.join(",", request.from()), request.to(), request.effective(),
                        request.reason(), user, Timestamp.valueOf(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Move move : preview.moves()) {
            perform(move, request, user, now);
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

    public java.util.Optional<Done> find(long id) {
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
        if (r.to().isEmpty() || directory.byId(r.to()).isEmpty()) {
            problems.add(messages.get("agency.reorg.to.unknown", r.to()));
        }
        if (r.from().isEmpty()) {
            problems.add(messages.get("agency.reorg.from.missing"));
        }
        for (String from : r.from()) {
            if (directory.byId(from).isEmpty() && identity.createGroupQuery().groupId(from).count() == 0) {
                problems.add(messages.get("agency.reorg.from.unknown", from));
            }
        }
        if (r.kind() == ReorganisationKind.RENAME && (r.from().size() != 1 || r.from().contains(r.to()))) {
            problems.add(messages.get("agency.reorg.rename.one"));
        }
        if (r.kind() == ReorganisationKind.MERGE && new LinkedHashSet<>(withTo(r)).size() < 2) {
            problems.add(messages.get("agency.reorg.merge.two"));
        }
        if (r.effective() == null) {
            problems.add(messages.get("agency.reorg.effective.missing"));
        } else if (r.effective().isAfter(today())) {
            problems.add(messages.get("agency.reorg.effective.future", DueDates.format(r.effective())));
        }
        if (r.reason().isEmpty()) {
            problems.add(messages.get("agency.reorg.reason.missing"));
        }
        return problems;
    }

    private static List<String> withTo(ReorganisationRequest r) {
        List<String> all = new ArrayList<>(r.from());
        all.add(r.to());
        return all;
    }

    /** The agencies whose work moves: every old agency but the successor itself (A + B → A keeps A's work). */
    private static List<String> sources(ReorganisationRequest r) {
        return r.from().stream().filter(f -> !f.equals(r.to())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Move> movesOf(String from, String to) {
        String fromName = name(from);
        String toName = name(to);
        List<Move> moves = new ArrayList<>();
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().variableValueEquals("agencyId", from).list()) {
            String definition = pi.getProcessDefinitionId().split(":")[0];
            long timers = management.createJobQuery().processInstanceId(pi.getId()).timers().count();
            moves.add(new Move(Move.MoveKind.PROCESS, pi.getId(), messages.get("agency.reorg.move.process",
                    definition, pi.getBusinessKey() == null ? "" : pi.getBusinessKey(), timers),
                    from, fromName, to, toName, null));
        }
        for (Task task : tasks.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().list()) {
            moves.add(new Move(Move.MoveKind.TASK, task.getId(), messages.get("agency.reorg.move.task",
                    task.getName(), task.getDueDate() == null ? "—" : DueDates.format(
                            LocalDate.ofInstant(task.getDueDate().toInstant(), DueDates.ZONE))),
                    from, fromName, to, toName, null));
        }
        jdbc.sql("SELECT id, plan_id, item_no, status FROM cchc_assignment WHERE agency_id = ? ORDER BY plan_id, item_no")
                .param(from)
                .query((rs, n) -> FINISHED_ASSIGNMENT.contains(rs.getString(4)) ? null
                        : new Move(Move.MoveKind.ASSIGNMENT, rs.getString(1), messages.get(
                                "agency.reorg.move.assignment", rs.getString(2), rs.getInt(3)),
                        from, fromName, to, toName, null))
                .list().stream().filter(java.util.Objects::nonNull).forEach(moves::add);
        jdbc.sql("SELECT id, plan_id, period FROM cchc_report WHERE agency_id = ? AND status <> 'ACCEPTED' ORDER BY id")
                .param(from)
                .query((rs, n) -> new Move(Move.MoveKind.REPORT, rs.getString(1), messages.get(
                        "agency.reorg.move.report", rs.getString(3), rs.getString(2)), from, fromName, to, toName,
                        null))
                .list().forEach(moves::add);
        jdbc.sql("SELECT id, finding_no, plan_year FROM cchc_finding WHERE agency_id = ? AND status <> 'CLOSED' "
                        + "ORDER BY id")
                .param(from)
                .query((rs, n) -> new Move(Move.MoveKind.FINDING, rs.getString(1), messages.get(
                        "agency.reorg.move.finding", rs.getInt(2), rs.getInt(3)), from, fromName, to, toName, null))
                .list().forEach(moves::add);
        String oldMailbox = directory.byId(from).map(Agency::email).orElse(null);
        String newMailbox = directory.byId(to).map(Agency::email).orElse(null);
        jdbc.sql("SELECT id, recipient, template FROM cchc_notification WHERE agency_id = ? AND status = 'PENDING' "
                        + "ORDER BY id")
                .param(from)
                .query((rs, n) -> {
                    String recipient = rs.getString(2);
                    String goesTo = recipient.equalsIgnoreCase(oldMailbox == null ? "" : oldMailbox)
                            && newMailbox != null ? newMailbox : recipient;
                    return new Move(Move.MoveKind.NOTIFICATION, String.valueOf(rs.getLong(1)), messages.get(
                            "agency.reorg.move.notification", rs.getString(3), recipient), from, fromName, to,
                            toName, goesTo);
                })
                .list().forEach(moves::add);
        return moves;
    }

    private void perform(Move move, ReorganisationRequest request, String user, LocalDateTime now) {
        switch (move.kind()) {
            case PROCESS -> {
                runtime.setVariable(move.ref(), "agencyId", move.toAgency());
                if (runtime.getVariable(move.ref(), "agencyName") != null) {
                    runtime.setVariable(move.ref(), "agencyName", move.toName());
                }
                grantRead(move.toAgency(), move.ref());
            }
            case TASK -> {
                tasks.deleteCandidateGroup(move.ref(), move.fromAgency());
                tasks.addCandidateGroup(move.ref(), move.toAgency());
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
}
