package vn.cchc.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;
import vn.cchc.shared.VietnamTime;

/**
 * {@code ${provinceReportSigned}}: the leader signed the province's report; it is recorded as sent and its stored
 * documents become signed (visible to the agencies), the DOCX written once more with the signer's name.
 */
@Component("provinceReportSigned")
class ProvinceReportSigned implements ExecutionListener {

    private final ProvinceReports provinceReports;
    private final Documents documents;
    private final ProvinceReportDocuments files;

    ProvinceReportSigned(ProvinceReports provinceReports, Documents documents, ProvinceReportDocuments files) {
        this.provinceReports = provinceReports;
        this.documents = documents;
        this.files = files;
    }

    @Override
    public void notify(DelegateExecution execution) {
        provinceReports.signed(execution.getProcessBusinessKey(), VietnamTime.now());
        // the signed version names the signer (the leader who completed the signature step) and the signing day
        files.render(execution, ProvinceReportDocuments.signerName(execution), DocumentStatus.SIGNED,
                VietnamTime.now());
        documents.setStatus(execution.getProcessBusinessKey(), DocumentStatus.SIGNED);
    }
}
