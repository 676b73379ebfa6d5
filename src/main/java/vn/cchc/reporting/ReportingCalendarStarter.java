package vn.cchc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.DueDates;
import vn.cchc.plan.Plan;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Texts;

/**
 * {@code ${createReportingCalendar}}: after a plan is deployed, starts one {@code periodicReport} per agency with
 * assignments × configured period, and one {@code provinceReport} per period. Business keys:
 * {@code <decision number>:<period>-<year>:<agency>} and {@code <decision number>:<period>-<year>}. Reads
 * {@code planId} and {@code planYear}; skips reports that already exist, so running it twice starts nothing twice.
 * Also starts the year's {@code inspection} round ({@code KT-<year>}) unless the year already has one.
 */
@Component("createReportingCalendar")
class ReportingCalendarStarter implements JavaDelegate {

    private static final String INSPECTION_KEY = "inspection";
    private static final Logger log = LoggerFactory.getLogger(ReportingCalendarStarter.class);

    private final Plans plans;
    private final WorkItems work;
    private final Reports reports;
    private final ReportingCalendar calendar;
    private final AgencyDirectory directory;
    private final Clock clock;

    ReportingCalendarStarter(Plans plans, WorkItems work, Reports reports, ReportingCalendar calendar,
                             AgencyDirectory directory, Clock clock) {
        this.plans = plans;
        this.work = work;
        this.reports = reports;
        this.calendar = calendar;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = plans.get((String) execution.getVariable(ReportVariables.PLAN_ID));
        Object yearVar = execution.getVariable(ReportVariables.PLAN_YEAR);
        int year = yearVar instanceof Number n ? n.intValue() : plan.year();
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        String prefix = plan.decisionNumber() == null ? plan.id() : plan.decisionNumber();
        List<String> agencies = work.agencies(plan.id());
        int started = 0;
        int closed = 0;
        LocalDate today = LocalDate.now(clock);
        for (ReportingWindow window : calendar.windows(year)) {
            boolean closedBeforePlan = window.agencyDue().isBefore(today);
            String periodKey = prefix + ":" + window.code();
            for (String agencyId : agencies) {
                String id = periodKey + ":" + agencyId;
                Report report = new Report(id, plan.id(), window.period(), year, agencyId, window.agencyDue(),
                        ReportStatus.WAITING, false, null, null);
                if (reports.insertIfAbsent(report)) {
                    Map<String, Object> vars = agencyVariables(plan, window, agencyId, id);
                    vars.put(ReportVariables.PERIOD_CLOSED_BEFORE_PLAN, closedBeforePlan);
                    runtime.startProcessInstanceByKey(ReportVariables.PROCESS_KEY, id, vars);
                    started++;
                    if (closedBeforePlan) {
                        closed++;
                    }
                }
            }
            if (runtime.createProcessInstanceQuery().processDefinitionKey(ReportVariables.PROVINCE_PROCESS_KEY)
                    .processInstanceBusinessKey(periodKey).count() == 0) {
                runtime.startProcessInstanceByKey(ReportVariables.PROVINCE_PROCESS_KEY, periodKey,
                        provinceVariables(plan, window));
            }
        }
        startInspectionRound(runtime, execution, year);
        log.info("Reporting calendar of plan {}: {} agency report(s) for {} period(s), {} of them due before the plan "
                + "was deployed (not followed up)", plan.id(), started, calendar.windows(year).size(), closed);
    }

    /** The year's inspection round (SNV drafts the inspection plan in January), once per year. */
    private static void startInspectionRound(RuntimeService runtime, DelegateExecution execution, int year) {
        String key = "KT-" + year;
        long existing = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(INSPECTION_KEY).processInstanceBusinessKey(key).count();
        if (existing == 0) {
            runtime.startProcessInstanceByKey(INSPECTION_KEY, key, Map.of(ReportVariables.PLAN_YEAR, year));
        }
    }

    private Map<String, Object> common(Plan plan, ReportingWindow window) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ReportVariables.PLAN_ID, plan.id());
        vars.put(ReportVariables.PLAN_TITLE, plan.title());
        vars.put(ReportVariables.PLAN_YEAR, window.year());
        vars.put(ReportVariables.PERIOD, window.period().name());
        vars.put(ReportVariables.PERIOD_TITLE, window.title());
        vars.put(ReportVariables.CUT_OFF_TEXT, Texts.get("reporting.cutOff", DueDates.format(window.cutOffFrom()),
                DueDates.format(window.cutOffTo())));
        vars.put(ReportVariables.OPENS_AT, java.util.Date.from(window.opensOn().atStartOfDay(DueDates.ZONE).toInstant()));
        return vars;
    }

    private Map<String, Object> agencyVariables(Plan plan, ReportingWindow window, String agencyId, String id) {
        Map<String, Object> vars = common(plan, window);
        vars.put(ReportVariables.AGENCY_ID, agencyId);
        vars.put(ReportVariables.AGENCY_NAME, directory.byId(agencyId).map(Agency::name).orElse(agencyId));
        vars.put(ReportVariables.REPORT_ID, id);
        vars.put(ReportVariables.DUE_AT, DueDates.endOfDay(window.agencyDue()));
        vars.put(ReportVariables.DUE_DATE_TEXT, DueDates.format(window.agencyDue()));
        return vars;
    }

    private Map<String, Object> provinceVariables(Plan plan, ReportingWindow window) {
        Map<String, Object> vars = common(plan, window);
        vars.put(ReportVariables.AGENCIES_DUE_AT, DueDates.endOfDay(window.agencyDue()));
        vars.put(ReportVariables.PROVINCE_DUE_AT, DueDates.endOfDay(window.provinceDue()));
        vars.put(ReportVariables.PROVINCE_DUE_TEXT, DueDates.format(window.provinceDue()));
        vars.put(ReportVariables.DUE_DATE_TEXT, DueDates.format(window.agencyDue()));
        return vars;
    }
}
