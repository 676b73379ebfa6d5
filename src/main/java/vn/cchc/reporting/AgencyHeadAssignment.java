package vn.cchc.reporting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${agencyHeadAssignment}} (create of an approval task): the candidates are the users who belong both to the
 * agency's group ({@code agencyId}) and to the head group ({@code agency-head}); Camunda's candidate groups cannot
 * express "member of both". When the agency has no head user yet, the whole agency group is the candidate, so the
 * task is never orphaned, and a warning is logged.
 */
@Component("agencyHeadAssignment")
class AgencyHeadAssignment implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(AgencyHeadAssignment.class);

    private final IdentityService identity;
    private final ReportingProperties properties;

    AgencyHeadAssignment(IdentityService identity, ReportingProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    @Override
    public void notify(DelegateTask task) {
        String agencyId = (String) task.getVariable(ReportVariables.AGENCY_ID);
        List<String> heads = headsOf(agencyId);
        if (heads.isEmpty()) {
            log.warn("Agency {} has no user in group {}: task {} goes to the whole agency", agencyId,
                    properties.headGroup(), task.getId());
            task.addCandidateGroup(agencyId);
        } else {
            heads.forEach(task::addCandidateUser);
        }
    }

    List<String> headsOf(String agencyId) {
        Set<String> members = identity.createUserQuery().memberOfGroup(agencyId).list().stream().map(User::getId)
                .collect(Collectors.toSet());
        return identity.createUserQuery().memberOfGroup(properties.headGroup()).list().stream().map(User::getId)
                .filter(members::contains).sorted().toList();
    }
}
