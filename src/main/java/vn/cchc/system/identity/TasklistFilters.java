package vn.cchc.system.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Role;
import vn.cchc.shared.Texts;

/**
 * The Tasklist filters of each role, in Vietnamese, created or brought up to date at start-up (found by name, so
 * running twice changes nothing), each readable only by the groups it is for. Queries use the engine's stored-query
 * expressions, evaluated for the logged-in user; task authorizations still decide which tasks a user sees. Every
 * filter lists the earliest deadline first and shows the plan, the task, the lead agency and the deadline as the
 * plan writes it.
 */
@Component
class TasklistFilters {

    static final String MINE = Texts.get("system.filter.mine");
    static final String UNIT = Texts.get("system.filter.unit");
    static final String DUE_SOON = Texts.get("system.filter.dueSoon");
    static final String OVERDUE = Texts.get("system.filter.overdue");
    static final String APPROVALS = Texts.get("system.filter.approvals");

    /** Review, appraisal and approval steps of {@code planLifecycle}. */
    static final String[] APPROVAL_TASKS = {"reviewDraft", "appraiseSubmission", "legalAppraisal", "approvePlan"};

    private static final String USER_GROUPS = "${currentUserGroups()}";
    private static final List<String> EVERY_ROLE = Arrays.stream(Role.values()).map(Role::groupId).toList();
    private static final List<String> APPROVERS = List.of(Role.SNV_DIRECTOR.groupId(), Role.APPRAISER.groupId(),
            Role.UBND_LEADER.groupId());

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    List<FilterSpec> specs() {
        return List.of(
                new FilterSpec(MINE, -4, Texts.get("system.filter.mine.description"), null,
                        tasks().taskAssigneeExpression("${currentUser()}"), EVERY_ROLE),
                new FilterSpec(UNIT, -10, Texts.get("system.filter.unit.description"), null,
                        groupTasks(), EVERY_ROLE),
                new FilterSpec(DUE_SOON, -6, Texts.get("system.filter.dueSoon.description",
                        DueSoonLimit.WORKING_DAYS), "#f0ad4e", groupTasks().dueAfterExpression("${now()}")
                        .dueBeforeExpression("${" + DueSoonLimit.BEAN + ".limit()}"), EVERY_ROLE),
                new FilterSpec(OVERDUE, -8, Texts.get("system.filter.overdue.description"), "#d9534f",
                        groupTasks().dueBeforeExpression("${now()}"), EVERY_ROLE),
                new FilterSpec(APPROVALS, 10, Texts.get("system.filter.approvals.description"), "#337ab7",
                        groupTasks().taskDefinitionKeyIn(APPROVAL_TASKS), APPROVERS));
    }

    void ensure() {
        for (FilterSpec spec : specs()) {
            Filter filter = upsert(spec);
            for (String group : spec.groups()) {
                grantRead(filter.getId(), group);
            }
            revokeOthers(filter.getId(), spec.groups());
        }
    }

    private TaskQuery tasks() {
        return taskService.createTaskQuery();
    }

    /** Tasks offered to one of my groups (my agency or my role), claimed or not. */
    private TaskQuery groupTasks() {
        return tasks().taskCandidateGroupInExpression(USER_GROUPS).includeAssignedTasks();
    }

    private Filter upsert(FilterSpec spec) {
        List<Filter> existing = filterService.createFilterQuery().filterName(spec.name()).orderByFilterId().asc()
                .list();
        Filter filter = existing.isEmpty() ? filterService.newTaskFilter(spec.name()) : existing.get(0);
        // two nodes starting together may both have created it: keep one
        existing.stream().skip(1).forEach(duplicate -> filterService.deleteFilter(duplicate.getId()));
        filter.setProperties(spec.properties());
        filter.setQuery(spec.query().orderByDueDate().asc());
        return filterService.saveFilter(filter);
    }

    /** A group no longer meant to see the filter loses it. */
    private void revokeOthers(String filterId, List<String> groups) {
        authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId).list().stream()
                .filter(auth -> auth.getGroupId() != null && !groups.contains(auth.getGroupId()))
                .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
    }

    private void grantRead(String filterId, String groupId) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(Resources.FILTER).resourceId(filterId).hasPermission(Permissions.READ).count() > 0;
        if (!present) {
            Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(Resources.FILTER);
            auth.setResourceId(filterId);
            auth.addPermission(Permissions.READ);
            authorizations.saveAuthorization(auth);
        }
    }
}
