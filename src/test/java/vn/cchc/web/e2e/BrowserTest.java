package vn.cchc.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.cchc.support.CchcIntegrationTest;

/**
 * A test in a real browser: the whole application ({@link CchcIntegrationTest}) and Debian's Chromium, skipped with
 * a reason where Chromium is not installed ({@code .ci/install-chromium.sh} installs it; CI always has it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CchcIntegrationTest
@ExtendWith(BrowserTest.ChromiumInstalled.class)
public @interface BrowserTest {

    /** Runs the test class only where {@link Browser#CHROMIUM} can be started. */
    class ChromiumInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Files.isExecutable(Browser.CHROMIUM) ? ConditionEvaluationResult.enabled("Chromium is installed")
                    : ConditionEvaluationResult.disabled("Chromium is not installed (.ci/install-chromium.sh)");
        }
    }
}
