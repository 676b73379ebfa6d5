package vn.cchc.reporting.par;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complete listeners of the PAR Index form steps, one bean per step, named in the BPMN
 * ({@code ${parSelfAssessed}}, {@code ${parAreaAppraised}}): the diagram says which check runs. Listener beans rather
 * than method expressions, so a refusal reaches Tasklist as the plain Vietnamese message.
 */
@Configuration(proxyBeanMethods = false)
class ParFormChecks {

    @Bean
    TaskListener parSelfAssessed(ParSteps steps) {
        return steps::selfAssessed;
    }

    @Bean
    TaskListener parAreaAppraised(ParSteps steps) {
        return steps::appraised;
    }

    /**
     * {@code ${parFormCheck}}: the one listener of both steps in the PAR diagrams deployed before the steps had their
     * own; kept so that assessments started then can be completed. New versions do not use it.
     */
    @Bean
    TaskListener parFormCheck(ParSteps steps) {
        return (DelegateTask task) -> {
            switch (task.getTaskDefinitionKey()) {
                case "selfAssess" -> steps.selfAssessed(task);
                case "appraiseArea" -> steps.appraised(task);
                default -> throw new IllegalStateException("no form check for " + task.getTaskDefinitionKey());
            }
        };
    }
}
