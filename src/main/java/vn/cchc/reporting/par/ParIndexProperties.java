package vn.cchc.reporting.par;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.cchc.shared.Texts;

/**
 * PAR Index settings ({@code cchc.par-index.*} in {@code config/reporting.yml}): the criteria, which department
 * appraises each area, and the working days for self-assessment and appraisal.
 */
@ConfigurationProperties("cchc.par-index")
public record ParIndexProperties(Integer selfAssessmentWorkingDays, Integer appraisalWorkingDays,
                                 Map<String, String> appraisers, List<Criterion> criteria) {

    /**
     * @param source which plan statistic pre-fills the criterion: {@code tasks-on-time}, {@code reports-on-time},
     *               {@code findings-remedied}, or none
     */
    public record Criterion(String id, String area, BigDecimal maxScore, String name, String source) {
    }

    public ParIndexProperties {
        selfAssessmentWorkingDays = selfAssessmentWorkingDays == null ? 15 : selfAssessmentWorkingDays;
        appraisalWorkingDays = appraisalWorkingDays == null ? 10 : appraisalWorkingDays;
        appraisers = appraisers == null ? Map.of() : new LinkedHashMap<>(appraisers);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        for (Criterion c : criteria) {
            if (c.id() == null || c.area() == null || c.maxScore() == null || c.name() == null) {
                throw new IllegalArgumentException(Texts.get("reporting.par.config.criterionFields", String.valueOf(c.id())));
            }
            if (!appraisers.containsKey(c.area())) {
                throw new IllegalArgumentException(Texts.get("reporting.par.config.noAppraiser", c.id(), c.area()));
            }
        }
    }

    public List<String> areas() {
        return criteria.stream().map(Criterion::area).distinct().toList();
    }

    public List<Criterion> ofArea(String area) {
        return criteria.stream().filter(c -> c.area().equals(area)).toList();
    }
}
