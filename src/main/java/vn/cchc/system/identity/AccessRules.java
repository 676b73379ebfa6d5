package vn.cchc.system.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.cchc.plan.PlanVariables;
import vn.cchc.shared.Role;

/**
 * The authorizations the product needs, created idempotently at start-up. Everyone may open the Tasklist and read
 * process definitions, users and groups; each Tasklist filter is readable by the groups it is for (granted by
 * {@link TasklistFilters}, so the global filter grant of earlier versions is withdrawn); tasks themselves are visible only to their candidate group (the
 * engine grants that when it creates the task). Only the SNV specialist starts plans and the year's inspection
 * round. Deployment, which is code
 * execution, stays with administrators ({@code camunda-admin}) alone.
 */
@Component
class AccessRules {

    private final AuthorizationService authorizations;

    AccessRules(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void apply() {
        grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        revokeEveryone(Resources.FILTER, ANY);
        grantEveryone(Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grantEveryone(Resources.USER, ANY, Permissions.READ);
        grantEveryone(Resources.GROUP, ANY, Permissions.READ);

        String specialist = Role.SNV_SPECIALIST.groupId();
        for (String startable : List.of(PlanVariables.PROCESS_KEY, "inspection")) {
            grantGroup(specialist, Resources.PROCESS_DEFINITION, startable,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grantGroup(specialist, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    private void grantEveryone(Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!present) {
            Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            auth.setUserId(ANY);
            save(auth, resource, resourceId, permission);
        }
    }

    private void revokeEveryone(Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
                .resourceId(resourceId).list().forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!present) {
            Authorization auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            save(auth, resource, resourceId, permission);
        }
    }

    private void save(Authorization auth, Resource resource, String resourceId, Permission permission) {
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }
}
