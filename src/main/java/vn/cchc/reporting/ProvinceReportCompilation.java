package vn.cchc.reporting;

import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentKind;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;
import vn.cchc.documents.NewDocument;

/**
 * {@code ${provinceReportCompilation}}: compiles the province's report of the period from every agency's report and
 * the assignments, as a DOCX for signature and an XLSX of the statistics (file variables {@code provinceReportDocx},
 * {@code provinceReportXlsx}), and says who has not submitted. Both files are also kept in {@link Documents} (as
 * drafts until the leader signs) for the documents page, since the variables end with the instance.
 */
@Component("provinceReportCompilation")
class ProvinceReportCompilation implements JavaDelegate {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProvinceSummaries summaries;
    private final ProvinceReports provinceReports;
    private final Documents documents;

    ProvinceReportCompilation(ProvinceSummaries summaries, ProvinceReports provinceReports, Documents documents) {
        this.summaries = summaries;
        this.provinceReports = provinceReports;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String planId = (String) execution.getVariable(ReportVariables.PLAN_ID);
        ReportPeriod period = ReportPeriod.valueOf((String) execution.getVariable(ReportVariables.PERIOD));
        int year = ((Number) execution.getVariable(ReportVariables.PLAN_YEAR)).intValue();
        LocalDateTime now = EngineTime.now();
        ProvinceSummary summary = summaries.build(planId, period, year, now.toLocalDate());
        String file = "bao-cao-cchc-" + summary.window().code().toLowerCase();

        byte[] docx = ProvinceReportDocx.write(summary);
        byte[] xlsx = ProvinceReportXlsx.write(summary);
        execution.setVariable(ReportVariables.DOCX, Variables.fileValue(file + ".docx")
                .file(docx).mimeType(DOCX_TYPE).create());
        execution.setVariable(ReportVariables.XLSX, Variables.fileValue(file + ".xlsx")
                .file(xlsx).mimeType(XLSX_TYPE).create());
        execution.setVariable(ReportVariables.SUBMITTED_COUNT, summary.submitted().size());
        execution.setVariable(ReportVariables.MISSING_COUNT, summary.missing().size());
        execution.setVariable(ReportVariables.MISSING_AGENCIES, summary.missing().isEmpty() ? ""
                : "**Chưa gửi báo cáo:** " + summary.missing().stream().map(ProvinceSummary.AgencyRow::name)
                .collect(Collectors.joining("; ")));
        String data = "/camunda/api/engine/engine/default/process-instance/" + execution.getProcessInstanceId()
                + "/variables/";
        execution.setVariable(ReportVariables.DOWNLOAD_LINKS, "[Tải dự thảo báo cáo (DOCX)](" + data
                + ReportVariables.DOCX + "/data) — [Tải bảng số liệu (XLSX)](" + data + ReportVariables.XLSX + "/data)");
        provinceReports.compiled(execution.getProcessBusinessKey(), planId, period, year, summary.submitted().size(),
                summary.missing().size(), now);
        String key = execution.getProcessBusinessKey();
        String title = summary.window().title();
        documents.store(new NewDocument(key, planId, period.name(), year, DocumentKind.PROVINCE_REPORT_DOCX,
                "Báo cáo công tác CCHC " + title + ".docx", DOCX_TYPE, docx, DocumentStatus.DRAFT,
                execution.getProcessInstanceId()), now);
        documents.store(new NewDocument(key, planId, period.name(), year, DocumentKind.PROVINCE_REPORT_XLSX,
                "Số liệu báo cáo công tác CCHC " + title + ".xlsx", XLSX_TYPE, xlsx, DocumentStatus.DRAFT,
                execution.getProcessInstanceId()), now);
    }
}
