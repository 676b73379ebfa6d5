package vn.cchc.system.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The Tasklist's task cards show the plan, the task, the agency and the deadline, which are variables of the task's
 * process instance; the engine lets a candidate group read only the task itself. So when a group becomes a
 * candidate of a task, it also gets READ on that task's process instance (the instance it is asked to work on,
 * not others): the cards and the filters' variable columns then show the values instead of nothing.
 */
@Component
class TaskCardAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new CandidateGroupReadsInstance());
    }

    static class CandidateGroupReadsInstance extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            AuthorizationEntity[] taskGrants = super.newTaskGroupIdentityLink(task, groupId, type);
            String instanceId = task.getProcessInstanceId();
            if (!IdentityLinkType.CANDIDATE.equals(type) || instanceId == null || groupId == null) {
                return taskGrants;
            }
            // a grant made a moment ago for another task of the instance is not in the database before the flush
            // (two parallel tasks for one group, e.g. a department that appraises two PAR areas); an instance
            // started in this command has no grant in the database at all: one query less per deployed assignment
            AuthorizationEntity grant = madeInThisCommand(groupId, instanceId);
            if (grant == null && !startedInThisCommand(task)) {
                grant = getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, instanceId);
            }
            if (grant == null) {
                grant = createGrantAuthorization(null, groupId, Resources.PROCESS_INSTANCE, instanceId,
                        Permissions.READ);
                provideRemovalTime(grant, task);
            } else if (grant.isPermissionGranted(Permissions.READ)) {
                return taskGrants;
            } else {
                addPermissions(grant, Permissions.READ);
            }
            AuthorizationEntity[] all = Arrays.copyOf(taskGrants == null ? new AuthorizationEntity[0] : taskGrants,
                    (taskGrants == null ? 0 : taskGrants.length) + 1);
            all[all.length - 1] = grant;
            return all;
        }

        private static AuthorizationEntity madeInThisCommand(String groupId, String instanceId) {
            return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
                    .stream().filter(a -> groupId.equals(a.getGroupId()) && instanceId.equals(a.getResourceId())
                            && a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType())
                    .findFirst().orElse(null);
        }

        private static boolean startedInThisCommand(Task task) {
            if (!(task instanceof TaskEntity entity) || entity.getProcessInstance() == null) {
                return false;
            }
            CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                    .getCachedEntity(entity.getProcessInstance());
            return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
        }
    }
}
