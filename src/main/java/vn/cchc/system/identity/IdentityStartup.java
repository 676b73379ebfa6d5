package vn.cchc.system.identity;

import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.shared.CchcProperties;

/**
 * At start-up: agencies and roles into groups, demo users (default profile only), authorizations, SNV's monitoring
 * access, filters.
 */
@Component
@Order(1)
class IdentityStartup implements ApplicationRunner {

    private final AgencyGroupSync groups;
    private final DemoUsers demoUsers;
    private final AccessRules accessRules;
    private final MonitoringAccess monitoringAccess;
    private final TasklistFilters filters;
    private final CchcProperties properties;

    IdentityStartup(AgencyGroupSync groups, DemoUsers demoUsers, AccessRules accessRules,
                    MonitoringAccess monitoringAccess, TasklistFilters filters,
                    CchcProperties properties) {
        this.groups = groups;
        this.demoUsers = demoUsers;
        this.accessRules = accessRules;
        this.monitoringAccess = monitoringAccess;
        this.filters = filters;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        groups.synchronise();
        if (properties.demo().enabled()) {
            demoUsers.create(Path.of(properties.demo().usersFile()));
        }
        accessRules.apply();
        monitoringAccess.apply();
        filters.ensure();
    }
}
