package vn.cchc.system.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Role;

/**
 * Makes every agency of the directory a Camunda group and every role a group, idempotently. A renamed agency keeps
 * its id and so its tasks; an agency removed from the directory is kept as a retired group, so that its open tasks
 * stay visible to its members until SNV reassigns them.
 * <p>
 * Users and groups read from an LDAP directory ({@link LdapIdentity}) cannot be written: the directory must then
 * hold these groups itself, and the start-up only names, in one warning, the agencies and roles it lacks (their
 * tasks would reach nobody).
 */
@Component
class AgencyGroupSync {

    static final String RETIRED_TYPE = "retired";
    private static final Logger log = LoggerFactory.getLogger(AgencyGroupSync.class);

    private final IdentityService identityService;
    private final TaskService taskService;
    private final AgencyDirectory directory;

    AgencyGroupSync(IdentityService identityService, TaskService taskService, AgencyDirectory directory) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.directory = directory;
    }

    void synchronise() {
        if (identityService.isReadOnly()) {
            reportMissingGroups();
            return;
        }
        for (Agency agency : directory.all()) {
            upsert(agency.id(), agency.name(), agency.agencyClass().code());
        }
        for (Role role : Role.values()) {
            upsert(role.groupId(), role.displayName(), "role");
        }
        retireRemovedAgencies();
    }

    private void reportMissingGroups() {
        List<String> missing = java.util.stream.Stream.concat(directory.all().stream().map(Agency::id),
                        java.util.Arrays.stream(Role.values()).map(Role::groupId))
                .filter(id -> identityService.createGroupQuery().groupId(id).count() == 0).toList();
        if (!missing.isEmpty()) {
            log.warn("The identity directory (LDAP) has no group for {} agency or role id(s), whose tasks reach "
                    + "nobody until it does (docs/operations.md, Users from LDAP): {}", missing.size(), missing);
        }
    }

    private void upsert(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void retireRemovedAgencies() {
        Set<String> current = directory.all().stream().map(Agency::id).collect(Collectors.toSet());
        List<String> agencyTypes = java.util.Arrays.stream(vn.cchc.agency.AgencyClass.values())
                .map(vn.cchc.agency.AgencyClass::code).toList();
        for (String type : agencyTypes) {
            for (Group group : identityService.createGroupQuery().groupType(type).list()) {
                if (!current.contains(group.getId())) {
                    retire(group);
                }
            }
        }
    }

    private void retire(Group group) {
        long open = taskService.createTaskQuery().taskCandidateGroup(group.getId()).count();
        group.setType(RETIRED_TYPE);
        identityService.saveGroup(group);
        log.warn("Agency {} is no longer in the directory: group kept as retired, {} open task(s) still assigned",
                group.getId(), open);
    }
}
