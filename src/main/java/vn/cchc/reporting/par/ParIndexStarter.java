package vn.cchc.reporting.par;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${startParIndex}}: starts the year's PAR Index round ({@code parIndex}, business key {@code PAR-<year>}) for
 * the plan in {@code planId} / {@code planYear}, once per year; meant for the plan's year-end step.
 */
@Component("startParIndex")
class ParIndexStarter implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Object year = execution.getVariable("planYear");
        String key = "PAR-" + year;
        var services = execution.getProcessEngineServices();
        if (services.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("parIndex")
                .processInstanceBusinessKey(key).count() == 0) {
            services.getRuntimeService().startProcessInstanceByKey("parIndex", key,
                    Map.of("planId", execution.getVariable("planId"), "planYear", year));
        }
    }
}
