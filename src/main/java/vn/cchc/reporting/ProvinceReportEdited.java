package vn.cchc.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.shared.VietnamTime;

/**
 * {@code ${provinceReportEdited}} (complete of SNV's review of the province report): when SNV sends the report for
 * signature, the DOCX is written again with the narrative as SNV edited it in the form, so the leader signs what
 * SNV wrote. A recompilation writes it anyway.
 */
@Component("provinceReportEdited")
class ProvinceReportEdited implements TaskListener {

    private final ProvinceReportDocuments files;

    ProvinceReportEdited(ProvinceReportDocuments files) {
        this.files = files;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"true".equals(String.valueOf(task.getVariable(ReportVariables.RECOMPILE)))) {
            files.render(task.getExecution(), null, DocumentStatus.DRAFT, VietnamTime.now());
        }
    }
}
