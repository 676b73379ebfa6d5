package vn.cchc.inspection;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.cchc.shared.Texts;

/**
 * Inspection settings ({@code cchc.inspection.*} in {@code config/reporting.yml}), each with a documented default.
 *
 * @param noticeWorkingDays       the notice reaches the agency this many working days before the visit
 * @param selfReportWorkingDays   the agency's self-report is due this many working days before the visit
 * @param conclusionWorkingDays   the conclusion is due this many working days after the visit
 * @param remediationWorkingDays  default time to remedy a finding, in working days after the conclusion
 * @param minimumShare            share of agencies the year's plan aims to inspect; fewer is a warning
 * @param inspectedClasses        agency classes that share counts
 */
@ConfigurationProperties("cchc.inspection")
public record InspectionProperties(Integer noticeWorkingDays, Integer selfReportWorkingDays,
                                   Integer conclusionWorkingDays, Integer remediationWorkingDays, Double minimumShare,
                                   List<String> inspectedClasses) {

    public InspectionProperties {
        noticeWorkingDays = noticeWorkingDays == null ? 5 : noticeWorkingDays;
        selfReportWorkingDays = selfReportWorkingDays == null ? 2 : selfReportWorkingDays;
        conclusionWorkingDays = conclusionWorkingDays == null ? 15 : conclusionWorkingDays;
        remediationWorkingDays = remediationWorkingDays == null ? 30 : remediationWorkingDays;
        minimumShare = minimumShare == null ? 0.5 : minimumShare;
        inspectedClasses = inspectedClasses == null ? List.of("cap-so", "cap-huyen") : List.copyOf(inspectedClasses);
        if (selfReportWorkingDays >= noticeWorkingDays) {
            throw new IllegalArgumentException(Texts.get("inspection.config.selfReportDays"));
        }
    }
}
