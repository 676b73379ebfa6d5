package vn.cchc.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** {@code ${provinceReportSigned}}: the leader signed the province's report; it is recorded as sent. */
@Component("provinceReportSigned")
class ProvinceReportSigned implements ExecutionListener {

    private final ProvinceReports provinceReports;

    ProvinceReportSigned(ProvinceReports provinceReports) {
        this.provinceReports = provinceReports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        provinceReports.signed(execution.getProcessBusinessKey(), EngineTime.now());
    }
}
