package vn.cchc.system.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every official starts with, in Vietnamese, created idempotently by name. Their queries use
 * the engine's stored-query expressions ({@code currentUser()}, {@code currentUserGroups()}), evaluated for the
 * logged-in user; authorizations still decide which tasks a user can see.
 */
@Component
class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    void ensure() {
        create("Việc của tôi", -10, "Công việc đã nhận, giao cho tôi",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        create("Việc của đơn vị", -5, "Công việc chờ cơ quan, đơn vị của tôi xử lý",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc());
        create("Quá hạn", 0, "Công việc đã quá hạn xử lý",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc());
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        filter.setProperties(properties);
        filter.setQuery(query);
        filterService.saveFilter(filter);
    }
}
