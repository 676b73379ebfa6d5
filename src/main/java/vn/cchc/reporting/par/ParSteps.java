package vn.cchc.reporting.par;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.documents.DocumentKind;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;
import vn.cchc.documents.NewDocument;
import vn.cchc.shared.DueDates;
import vn.cchc.reporting.CompletionStatistics;
import vn.cchc.reporting.WorkItems;
import vn.cchc.reporting.YearEndSummary;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;
import vn.cchc.reporting.ReportLabels;

/**
 * {@code ${parSteps.…}}: the steps of {@code parIndex} (the year's round) and {@code parAssessment} (one agency):
 * open the round, pre-fill and record the self-assessment, record each area's appraisal, compile the ranking.
 */
@Component("parSteps")
public class ParSteps {

    private final ParIndexProperties properties;
    private final ParScores scores;
    private final CompletionStatistics statistics;
    private final WorkItems work;
    private final AgencyDirectory directory;
    private final WorkingCalendar calendar;
    private final Documents documents;
    private final String province;

    ParSteps(ParIndexProperties properties, ParScores scores, CompletionStatistics statistics, WorkItems work,
             AgencyDirectory directory, WorkingCalendar calendar, Documents documents,
             vn.cchc.shared.CchcProperties cchc) {
        this.province = cchc.province();
        this.properties = properties;
        this.scores = scores;
        this.statistics = statistics;
        this.work = work;
        this.directory = directory;
        this.calendar = calendar;
        this.documents = documents;
    }

    public void open(DelegateExecution execution) {
        LocalDate today = VietnamTime.now().toLocalDate();
        LocalDate selfDue = calendar.plusWorkingDays(today, properties.selfAssessmentWorkingDays());
        execution.setVariable("selfAssessmentDueAt", DueDates.endOfDay(selfDue));
        execution.setVariable("selfAssessmentDueText", DueDates.format(selfDue));
        execution.setVariable("appraisalDueAt", DueDates.endOfDay(
                calendar.plusWorkingDays(selfDue, properties.appraisalWorkingDays())));
    }

    public List<String> agencies(String planId) {
        return work.agencies(planId);
    }

    public List<String> areas() {
        return properties.areas();
    }

    public String appraiserOf(String area) {
        return properties.appraisers().get(area);
    }

    /** The agency's name, for the follow-up of its self-assessment and appraisals (input {@code assessedAgencyName}). */
    public String agencyName(String agencyId) {
        return name(agencyId);
    }

    /** The criteria of an area, "1.1 name; 1.2 name", for the follow-up of its appraisal (input {@code criteria}). */
    public String criteriaOf(String area) {
        return properties.ofArea(area).stream().map(c -> c.id() + " " + c.name())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public void prefill(DelegateExecution execution) {
        String agencyId = (String) execution.getVariable("agencyId");
        int year = year(execution);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = VietnamTime.now().toLocalDate();
        YearEndSummary summary = statistics.of((String) execution.getVariable("planId"),
                today.isBefore(yearEnd) ? today : yearEnd);
        YearEndSummary.AgencyRow row = summary.agencies().stream().filter(a -> a.agencyId().equals(agencyId))
                .findFirst().orElse(null);
        execution.setVariable("agencyName", name(agencyId));
        execution.setVariable("scoresText", ParPrefill.sheet(properties.criteria(), row));
    }

    public void selfAssessed(DelegateTask task) {
        Map<String, ScoreSheet.Line> lines = ScoreSheet.selfAssessment((String) task.getVariable("scoresText"),
                properties.criteria());
        int year = year(task.getExecution());
        String agencyId = (String) task.getVariable("agencyId");
        scores.selfAssessed(year, agencyId, lines.values().stream()
                .map(l -> new ParScore(year, agencyId, l.criterionId(), l.score(), l.text(), null, null, null)).toList());
    }

    /** An appraisal task is created: it shows the agency's self-assessed scores of the task's area. */
    public void showArea(DelegateTask task) {
        String area = (String) task.getVariable("area");
        Map<String, ParScore> own = new LinkedHashMap<>();
        scores.ofAgency(year(task.getExecution()), (String) task.getVariable("agencyId"))
                .forEach(s -> own.put(s.criterionId(), s));
        StringBuilder text = new StringBuilder();
        for (ParIndexProperties.Criterion c : properties.ofArea(area)) {
            ParScore s = own.get(c.id());
            text.append(Texts.get("reporting.par.areaScore.line", c.id(), c.name(),
                    s == null ? "—" : s.selfScore().stripTrailingZeros().toPlainString(),
                    c.maxScore().stripTrailingZeros().toPlainString(),
                    s == null || s.evidence() == null ? "" : s.evidence())).append('\n');
        }
        task.setVariableLocal("areaScoresText", text.toString());
    }

    public void appraised(DelegateTask task) {
        String area = (String) task.getVariable("area");
        Map<String, ScoreSheet.Line> lines = ScoreSheet.adjustments((String) task.getVariable("adjustments"),
                properties.ofArea(area));
        int year = year(task.getExecution());
        String agencyId = (String) task.getVariable("agencyId");
        lines.values().forEach(l -> scores.appraised(year, agencyId, l.criterionId(), l.score(), l.text(),
                appraiserOf(area)));
        // the form wrote it on the process instance: removed so the next appraiser's form starts empty
        task.getExecution().removeVariable("adjustments");
    }

    public void compile(DelegateExecution execution) {
        int year = year(execution);
        List<ParRanking.Unranked> agencies = new ArrayList<>();
        for (String agencyId : agencies((String) execution.getVariable("planId"))) {
            List<ParScore> own = scores.ofAgency(year, agencyId);
            if (own.isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> byCriterion = new LinkedHashMap<>();
            own.forEach(s -> byCriterion.put(s.criterionId(), s.effective()));
            agencies.add(new ParRanking.Unranked(agencyId, name(agencyId),
                    own.stream().map(ParScore::selfScore).reduce(BigDecimal.ZERO, BigDecimal::add),
                    own.stream().map(ParScore::effective).reduce(BigDecimal.ZERO, BigDecimal::add), byCriterion));
        }
        ParRanking ranking = ParRanking.of(agencies);
        execution.setVariable("parRankingText", ranking.markdown());
        byte[] xlsx = ranking.xlsx(properties.criteria(), year, province);
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        execution.setVariable("parRankingXlsx", Variables.fileValue("xep-hang-chi-so-cchc-" + year + ".xlsx")
                .file(xlsx).mimeType(type).create());
        // kept for the documents page; published when the leader approves (published below)
        documents.store(new NewDocument(execution.getProcessBusinessKey(), (String) execution.getVariable("planId"),
                "YEAR", year, DocumentKind.PAR_RANKING_XLSX, ReportLabels.get("par.file.xlsx", String.valueOf(year)), type, xlsx,
                DocumentStatus.DRAFT, execution.getProcessInstanceId()), VietnamTime.now());
    }

    /** "Kết quả Chỉ số CCHC được công bố": the ranking on the documents page becomes visible to the agencies. */
    public void published(DelegateExecution execution) {
        documents.setStatus(execution.getProcessBusinessKey(), DocumentStatus.PUBLISHED);
    }

    private String name(String agencyId) {
        return directory.byId(agencyId).map(Agency::name).orElse(agencyId);
    }

    private static int year(DelegateExecution execution) {
        return ((Number) execution.getVariable("planYear")).intValue();
    }
}
