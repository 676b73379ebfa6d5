package vn.cchc.system.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
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
import vn.cchc.shared.Role;

/**
 * Sở Nội vụ monitors every plan: its specialists and director may open Cockpit and read (never change) all process
 * instances, their variables and history, so they can see where each assignment stands. Agencies' tasks themselves
 * stay readable only by the agency (no task permission is granted here).
 */
@Component
class MonitoringAccess {

    private static final List<Role> MONITORS = List.of(Role.SNV_SPECIALIST, Role.SNV_DIRECTOR);
    private final AuthorizationService authorizations;

    MonitoringAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void apply() {
        for (Role role : MONITORS) {
            String group = role.groupId();
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization auth = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
                .resourceId(resourceId).singleResult();
        if (auth == null) {
            auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (!auth.isPermissionGranted(permission)) {
                auth.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}
