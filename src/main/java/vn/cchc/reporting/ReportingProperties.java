package vn.cchc.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.cchc.shared.Texts;

/**
 * Reporting settings ({@code cchc.reporting.*} in {@code config/reporting.yml}); every value has a documented
 * default so the application runs without the file.
 *
 * @param periods                 the periodic reports of a plan year
 * @param provinceDueDay          day of the period's last month by which the province reports to the Ministry
 * @param agencyLeadWorkingDays   agencies report to SNV this many working days before the province's deadline
 * @param snvGroup                the group that accepts agency reports and compiles the province report
 * @param leaderGroup             the group that signs the province report
 * @param headGroup               the group whose members (in the agency's group) approve an agency's report
 */
@ConfigurationProperties("cchc.reporting")
public record ReportingProperties(List<ReportPeriod> periods, Integer provinceDueDay, Integer agencyLeadWorkingDays,
                                  String snvGroup, String leaderGroup, String headGroup) {

    public ReportingProperties {
        periods = periods == null || periods.isEmpty() ? List.of(ReportPeriod.Q1, ReportPeriod.H1, ReportPeriod.Q3,
                ReportPeriod.YEAR) : List.copyOf(periods);
        provinceDueDay = provinceDueDay == null ? 20 : provinceDueDay;
        agencyLeadWorkingDays = agencyLeadWorkingDays == null ? 3 : agencyLeadWorkingDays;
        snvGroup = snvGroup == null ? "snv-specialist" : snvGroup;
        leaderGroup = leaderGroup == null ? "ubnd-leader" : leaderGroup;
        headGroup = headGroup == null ? "agency-head" : headGroup;
        if (provinceDueDay < 15 || provinceDueDay > 28) {
            throw new IllegalArgumentException(Texts.get("reporting.config.provinceDueDay", provinceDueDay));
        }
        if (agencyLeadWorkingDays < 0) {
            throw new IllegalArgumentException(Texts.get("reporting.config.agencyLeadDays"));
        }
    }
}
