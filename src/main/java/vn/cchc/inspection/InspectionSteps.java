package vn.cchc.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.Texts;

/**
 * {@code ${inspectionSteps.…}} (form steps through {@link InspectionFormCheck}): the steps of {@code inspection}
 * (the year's plan) and {@code inspectionVisit} (one inspected agency): each reads the form, checks it and records
 * the step.
 */
@Component("inspectionSteps")
public class InspectionSteps {

    private final InspectionPlanParser parser;
    private final Inspections inspections;
    private final Findings findings;
    private final AgencyDirectory directory;
    private final WorkingCalendar calendar;
    private final InspectionProperties properties;

    InspectionSteps(InspectionPlanParser parser, Inspections inspections, Findings findings, AgencyDirectory directory,
                    WorkingCalendar calendar, InspectionProperties properties) {
        this.parser = parser;
        this.inspections = inspections;
        this.findings = findings;
        this.directory = directory;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** A round starts: the year (a number from the start form, possibly a decimal) becomes an integer. */
    public void start(DelegateExecution execution) {
        Object year = execution.getVariable(InspectionVariables.PLAN_YEAR);
        if (!(year instanceof Number n) || n.intValue() < 2000 || n.intValue() > 2100) {
            throw PlanInputException.of("inspection.year.invalid", String.valueOf(year));
        }
        execution.setVariable(InspectionVariables.PLAN_YEAR, n.intValue());
    }

    /** Draft of the year's plan completed: it must parse; the leader sees it and a warning when coverage is low. */
    public void planDrafted(DelegateTask task) {
        List<InspectionPlanEntry> entries = parser.parse((String) task.getVariable(InspectionVariables.INSPECTION_LIST));
        task.setVariable(InspectionVariables.INSPECTION_PLAN_TEXT, entries.stream()
                .map(e -> Texts.get("inspection.plan.line", e.agencyName(), e.month())).collect(Collectors.joining("\n")));
        long inspectable = directory.all().stream()
                .filter(a -> properties.inspectedClasses().contains(a.agencyClass().code())).count();
        long covered = entries.stream().map(e -> directory.byId(e.agencyId()).orElseThrow())
                .filter(a -> properties.inspectedClasses().contains(a.agencyClass().code())).count();
        String warning = "";
        if (inspectable > 0 && covered < Math.ceil(inspectable * properties.minimumShare())) {
            warning = Texts.get("inspection.plan.coverageWarning", covered, inspectable,
                    Math.round(properties.minimumShare() * 100));
        }
        task.setVariable(InspectionVariables.COVERAGE_WARNING, warning);
    }

    /** The leader approved the plan: one inspection per agency is registered. */
    public void register(DelegateExecution execution) {
        inspections.plan(year(execution), parser.parse((String) execution.getVariable(InspectionVariables.INSPECTION_LIST)));
    }

    public List<String> agencies(Object planYear) {
        return inspections.agencies(((Number) planYear).intValue());
    }

    /** An agency's inspection starts: the notice is due the configured working days before its month. */
    public void visitSetup(DelegateExecution execution) {
        String agencyId = (String) execution.getVariable(InspectionVariables.AGENCY_ID);
        Inspections.Inspection inspection = inspections.get(Inspections.id(year(execution), agencyId));
        LocalDate firstDay = calendar.effectiveDue(LocalDate.of(inspection.year(), inspection.visitMonth(), 1));
        execution.setVariable(InspectionVariables.INSPECTION_ID, inspection.id());
        execution.setVariable(InspectionVariables.VISIT_MONTH, inspection.visitMonth());
        execution.setVariable(InspectionVariables.AGENCY_NAME, directory.byId(agencyId).map(a -> a.name()).orElse(agencyId));
        execution.setVariable(InspectionVariables.NOTICE_AT, InspectionDates.startOfDay(
                calendar.plusWorkingDays(firstDay, -properties.noticeWorkingDays())));
    }

    /** SNV sends the notice with the visit date: far enough ahead; the self-report is due before the visit. */
    public void noticeSent(DelegateTask task) {
        LocalDate visit = InspectionDates.parse(task.getVariable(InspectionVariables.VISIT_DATE), Texts.get("inspection.field.visitDate"));
        LocalDate earliest = calendar.plusWorkingDays(VietnamTime.now().toLocalDate(),
                properties.noticeWorkingDays());
        if (visit.isBefore(earliest) || !calendar.isWorkingDay(visit)) {
            throw PlanInputException.of("inspection.visit.tooEarly", properties.noticeWorkingDays(),
                    DueDates.format(earliest));
        }
        inspections.noticeSent((String) task.getVariable(InspectionVariables.INSPECTION_ID), visit);
        task.setVariable(InspectionVariables.VISIT_DATE_TEXT, DueDates.format(visit));
        task.setVariable(InspectionVariables.SELF_REPORT_DUE_AT,
                DueDates.endOfDay(calendar.plusWorkingDays(visit, -properties.selfReportWorkingDays())));
    }

    /** The visit is recorded; the conclusion is due the configured working days after it. */
    public void visitRecorded(DelegateTask task) {
        requireText(task, InspectionVariables.VISIT_MINUTES, Texts.get("inspection.field.visitMinutes"));
        Inspections.Inspection inspection = inspections.get((String) task.getVariable(InspectionVariables.INSPECTION_ID));
        LocalDate today = VietnamTime.now().toLocalDate();
        LocalDate from = inspection.visitDate() == null || inspection.visitDate().isBefore(today) ? today
                : inspection.visitDate();
        task.setVariable(InspectionVariables.CONCLUSION_DUE_AT,
                DueDates.endOfDay(calendar.plusWorkingDays(from, properties.conclusionWorkingDays())));
    }

    /** The conclusion is issued: each finding is registered with its remediation deadline. */
    public void concluded(DelegateTask task) {
        String conclusion = requireText(task, InspectionVariables.CONCLUSION, Texts.get("inspection.field.conclusion"));
        String inspectionId = (String) task.getVariable(InspectionVariables.INSPECTION_ID);
        Inspections.Inspection inspection = inspections.get(inspectionId);
        var now = VietnamTime.now();
        LocalDate defaultDue = calendar.plusWorkingDays(now.toLocalDate(), properties.remediationWorkingDays());
        List<FindingParser.ParsedFinding> parsed = FindingParser.parse(
                (String) task.getVariable(InspectionVariables.FINDINGS_TEXT), defaultDue, now.toLocalDate());
        int no = 0;
        for (FindingParser.ParsedFinding f : parsed) {
            no++;
            findings.insert(new Finding(inspectionId + ":" + no, inspectionId, no, inspection.year(),
                    inspection.agencyId(), f.content(), calendar.effectiveDue(f.dueDate()), FindingStatus.OPEN, now,
                    null, null, null));
        }
        inspections.concluded(inspectionId, conclusion, now);
        task.setVariable(InspectionVariables.FINDING_COUNT, parsed.size());
    }

    public List<String> findingIds(String inspectionId) {
        return findings.ofInspection(inspectionId).stream().map(Finding::id).toList();
    }

    /** Every finding is closed: the inspection is closed. */
    public void closed(DelegateExecution execution) {
        inspections.closed((String) execution.getVariable(InspectionVariables.INSPECTION_ID));
    }

    private static int year(DelegateExecution execution) {
        return ((Number) execution.getVariable(InspectionVariables.PLAN_YEAR)).intValue();
    }

    private static String requireText(DelegateTask task, String name, String label) {
        Object value = task.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw PlanInputException.field(name, "inspection.form.missing", label);
        }
        return value.toString().strip();
    }
}
