package vn.cchc.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;

/**
 * {@code ${provinceReportSigned}}: the leader signed the province's report; it is recorded as sent and its stored
 * documents become signed (visible to the agencies).
 */
@Component("provinceReportSigned")
class ProvinceReportSigned implements ExecutionListener {

    private final ProvinceReports provinceReports;
    private final Documents documents;

    ProvinceReportSigned(ProvinceReports provinceReports, Documents documents) {
        this.provinceReports = provinceReports;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateExecution execution) {
        provinceReports.signed(execution.getProcessBusinessKey(), EngineTime.now());
        documents.setStatus(execution.getProcessBusinessKey(), DocumentStatus.SIGNED);
    }
}
