package vn.cchc.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentKind;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;
import vn.cchc.documents.NewDocument;
import vn.cchc.plan.EngineText;
import vn.cchc.plan.Plans;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/**
 * {@code ${yearEndStatistics}}: before the year-end review, puts the plan's completion statistics in variables the
 * review form can show: {@code yearEndStatistics} (Markdown: per area and per agency, share on time, late, not
 * done, reports and findings), {@code onTimePercent}, {@code latePercent}, {@code notDonePercent},
 * {@code carryOverCount} and {@code carryOverJson} (the unfinished items, for next year's plan). Statistics are
 * taken at the engine's current day, or 31/12 of the plan year if that is earlier. The statistics and the carry-over
 * list are also kept as workbooks in {@link Documents} for the documents page.
 */
@Component("yearEndStatistics")
class YearEndStatistics implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CompletionStatistics statistics;
    private final Plans plans;
    private final ReportTemplates templates;
    private final Documents documents;

    YearEndStatistics(CompletionStatistics statistics, Plans plans, ReportTemplates templates, Documents documents) {
        this.statistics = statistics;
        this.plans = plans;
        this.templates = templates;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String planId = (String) execution.getVariable(ReportVariables.PLAN_ID);
        int year = plans.get(planId).year();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = VietnamTime.now().toLocalDate();
        YearEndSummary summary = statistics.of(planId, today.isBefore(yearEnd) ? today : yearEnd);
        Tally t = summary.total();
        execution.setVariable("yearEndStatistics", EngineText.fit(templates.render("year-end", Map.of("s", summary)),
                "\n\n" + Texts.get("reporting.yearEnd.truncated")));
        execution.setVariable("onTimePercent", t.percent(t.onTime()));
        execution.setVariable("latePercent", t.percent(t.late()));
        execution.setVariable("notDonePercent", t.percent(t.notDone()));
        execution.setVariable("carryOverCount", summary.carryOver().size());
        try {
            // a file value, not a string: the carry-over list of a large plan is far longer than 4,000 characters
            execution.setVariable("carryOverJson", Variables.fileValue("chuyen-tiep-" + planId + ".json")
                    .file(JSON.writeValueAsBytes(summary.carryOver())).mimeType("application/json")
                    .encoding("UTF-8").create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String key = "YEAR-END-" + planId;
        documents.store(new NewDocument(key, planId, ReportPeriod.YEAR.name(), year,
                DocumentKind.YEAR_END_STATISTICS_XLSX, ReportLabels.get("yearEnd.file.xlsx", String.valueOf(year)),
                ProvinceReportDocuments.XLSX_TYPE, YearEndXlsx.statistics(summary), DocumentStatus.INTERNAL,
                execution.getProcessInstanceId()), VietnamTime.now());
        documents.store(new NewDocument(key, planId, ReportPeriod.YEAR.name(), year,
                DocumentKind.YEAR_END_AGENCIES_XLSX, ReportLabels.get("yearEnd.file.agencies.xlsx", String.valueOf(year)),
                ProvinceReportDocuments.XLSX_TYPE, YearEndXlsx.agencies(summary), DocumentStatus.INTERNAL,
                execution.getProcessInstanceId()), VietnamTime.now());
        documents.store(new NewDocument(key, planId, ReportPeriod.YEAR.name(), year, DocumentKind.CARRY_OVER_XLSX,
                ReportLabels.get("yearEnd.file.carryOver.xlsx", String.valueOf(year + 1)), ProvinceReportDocuments.XLSX_TYPE,
                YearEndXlsx.carryOver(summary), DocumentStatus.INTERNAL, execution.getProcessInstanceId()),
                VietnamTime.now());
    }
}
