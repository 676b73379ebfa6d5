package vn.cchc.system.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * In every command that checks authorizations, the engine first reads the distinct groups of all authorizations
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) to drop the user's groups that have none, a saving
 * meant for users in hundreds of directory groups. Here every open task and its instance carry a grant to the
 * agency's group, so that is a scan of ~200,000 rows at 100,000 open tasks, 150-180 ms before each Tasklist count,
 * page or card query of every user (docs/benchmarks.md, Tasklist at scale). Our users belong to two or three groups
 * (their agency and their role), so the engine uses them as they are. Nothing a user may see or do changes: the
 * user's groups only appear in {@code GROUP_ID_ IN (...)} conditions of the checks, and a group without
 * authorizations matches no row there.
 */
@Component
class AuthenticatedGroups extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        // a custom factory for a session type replaces the engine's own (added after them at init)
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsGiven();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager without the scan of all grants' groups. */
    static class GroupsAsGiven extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null) {
                return new ArrayList<>();
            }
            return new ArrayList<>(authenticatedGroupIds.stream().filter(Objects::nonNull)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        }
    }
}
