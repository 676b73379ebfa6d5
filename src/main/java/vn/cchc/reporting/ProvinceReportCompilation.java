package vn.cchc.reporting;

import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchc.documents.Documents;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/**
 * {@code ${provinceReportCompilation}}: compiles the province's report of the period from every agency's report and
 * the assignments, as a DOCX for signature and an XLSX of the statistics (file variables {@code provinceReportDocx},
 * {@code provinceReportXlsx}; the narrative parts SNV edits as text variables, see {@link ProvinceNarrative}), and
 * says who has not submitted. Both files are also kept in {@link Documents} (as drafts until the leader signs) for
 * the documents page, since the variables end with the instance.
 */
@Component("provinceReportCompilation")
class ProvinceReportCompilation implements JavaDelegate {

    static final String XLSX_TYPE = ProvinceReportDocuments.XLSX_TYPE;

    private final ProvinceReportDocuments files;
    private final ProvinceReports provinceReports;

    ProvinceReportCompilation(ProvinceReportDocuments files, ProvinceReports provinceReports) {
        this.files = files;
        this.provinceReports = provinceReports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String planId = (String) execution.getVariable(ReportVariables.PLAN_ID);
        ReportPeriod period = ReportPeriod.valueOf((String) execution.getVariable(ReportVariables.PERIOD));
        int year = ((Number) execution.getVariable(ReportVariables.PLAN_YEAR)).intValue();
        LocalDateTime now = VietnamTime.now();
        ProvinceSummary summary = files.compile(execution, now);
        execution.setVariable(ReportVariables.SUBMITTED_COUNT, summary.submitted().size());
        execution.setVariable(ReportVariables.MISSING_COUNT, summary.missing().size());
        execution.setVariable(ReportVariables.MISSING_AGENCIES, summary.missing().isEmpty() ? ""
                : Texts.get("reporting.province.missing", summary.missing().stream()
                .map(ProvinceSummary.AgencyRow::name).collect(Collectors.joining("; "))));
        String data = "/camunda/api/engine/engine/default/process-instance/" + execution.getProcessInstanceId()
                + "/variables/";
        execution.setVariable(ReportVariables.DOWNLOAD_LINKS, Texts.get("reporting.province.downloadLinks", data,
                ReportVariables.DOCX, ReportVariables.XLSX));
        provinceReports.compiled(execution.getProcessBusinessKey(), planId, period, year, summary.submitted().size(),
                summary.missing().size(), now);
    }
}
