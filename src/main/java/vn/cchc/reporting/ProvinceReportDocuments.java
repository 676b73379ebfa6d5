package vn.cchc.reporting;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentKind;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;
import vn.cchc.documents.NewDocument;

/**
 * Produces the province report's files for its three moments: compiled (statistics and the narrative compiled from
 * the agencies' reports), edited by SNV (the narrative as the review form left it), signed (the signer's name and
 * the signing day). Each time the DOCX goes to the file variable {@code provinceReportDocx} and to
 * {@link Documents} under the same id.
 */
@Component
class ProvinceReportDocuments {

    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProvinceSummaries summaries;
    private final ProvinceNarratives narratives;
    private final Documents documents;

    ProvinceReportDocuments(ProvinceSummaries summaries, ProvinceNarratives narratives, Documents documents) {
        this.summaries = summaries;
        this.narratives = narratives;
        this.documents = documents;
    }

    /**
     * Compiles the period: the narrative's direction and results come afresh from the agencies' reports (a
     * recompilation brings in late reports), what SNV already wrote in the assessment, next tasks and proposals is
     * kept; both files are written.
     */
    ProvinceSummary compile(DelegateExecution execution, LocalDateTime now) {
        ProvinceSummary summary = summary(execution, now);
        ProvinceNarrative compiled = narratives.compile(planId(execution), summary);
        Map<String, Object> kept = new HashMap<>();
        for (String name : new String[] {ProvinceNarrative.STRENGTHS, ProvinceNarrative.SHORTCOMINGS,
                ProvinceNarrative.CAUSES, ProvinceNarrative.NEXT_TASKS, ProvinceNarrative.PROPOSALS}) {
            Object value = execution.getVariable(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        ProvinceNarrative narrative = ProvinceNarrative.edited(kept, compiled);
        execution.setVariables(narrative.variables());
        storeDocx(execution, summary, ProvinceReportDocx.write(summary, narrative, null), DocumentStatus.DRAFT, now);
        byte[] xlsx = ProvinceReportXlsx.write(summary);
        execution.setVariable(ReportVariables.XLSX, Variables.fileValue(fileName(summary) + ".xlsx")
                .file(xlsx).mimeType(XLSX_TYPE).create());
        documents.store(new NewDocument(execution.getProcessBusinessKey(), planId(execution), period(execution).name(),
                summary.window().year(), DocumentKind.PROVINCE_REPORT_XLSX,
                ReportLabels.get("file.xlsx", summary.window().title()), XLSX_TYPE, xlsx,
                DocumentStatus.DRAFT, execution.getProcessInstanceId()), now);
        documents.store(new NewDocument(execution.getProcessBusinessKey(), planId(execution), period(execution).name(),
                summary.window().year(), DocumentKind.PROVINCE_REPORT_AGENCIES_XLSX,
                ReportLabels.get("file.agencies.xlsx", summary.window().title()), XLSX_TYPE,
                ProvinceReportXlsx.agencies(summary), DocumentStatus.DRAFT, execution.getProcessInstanceId()), now);
        return summary;
    }

    /** The DOCX again with the narrative as SNV edited it ({@code signer} null) or as signed. */
    void render(DelegateExecution execution, String signer, DocumentStatus status, LocalDateTime now) {
        ProvinceSummary summary = summary(execution, now);
        ProvinceNarrative narrative = ProvinceNarrative.edited(execution.getVariables(),
                narratives.compile(planId(execution), summary));
        storeDocx(execution, summary, ProvinceReportDocx.write(summary, narrative, signer), status, now);
    }

    /** The signer's name as the engine knows the user ("Võ Quốc Bảo"), without a note in brackets; null if none. */
    static String signerName(DelegateExecution execution) {
        var identity = execution.getProcessEngineServices().getIdentityService();
        var auth = identity.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(auth.getUserId()).singleResult();
        if (user == null) {
            return null;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).replaceAll("\\(.*\\)", "").strip();
        return name.isEmpty() ? null : name;
    }

    private void storeDocx(DelegateExecution execution, ProvinceSummary summary, byte[] docx, DocumentStatus status,
                           LocalDateTime now) {
        execution.setVariable(ReportVariables.DOCX, Variables.fileValue(fileName(summary) + ".docx")
                .file(docx).mimeType(DOCX_TYPE).create());
        documents.store(new NewDocument(execution.getProcessBusinessKey(), planId(execution), period(execution).name(),
                summary.window().year(), DocumentKind.PROVINCE_REPORT_DOCX,
                ReportLabels.get("file.docx", summary.window().title()), DOCX_TYPE, docx, status,
                execution.getProcessInstanceId()), now);
    }

    private ProvinceSummary summary(VariableScope execution, LocalDateTime now) {
        int year = ((Number) execution.getVariable(ReportVariables.PLAN_YEAR)).intValue();
        return summaries.build(planId(execution), period(execution), year, now.toLocalDate());
    }

    private static String fileName(ProvinceSummary summary) {
        return "bao-cao-cchc-" + summary.window().code().toLowerCase();
    }

    private static String planId(VariableScope execution) {
        return (String) execution.getVariable(ReportVariables.PLAN_ID);
    }

    private static ReportPeriod period(VariableScope execution) {
        return ReportPeriod.valueOf((String) execution.getVariable(ReportVariables.PERIOD));
    }
}
