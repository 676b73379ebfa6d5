package vn.cchc.reporting.par;

import java.math.BigDecimal;

/** One agency's score on one criterion: self-assessed with evidence, then possibly adjusted by the appraiser. */
public record ParScore(int year, String agencyId, String criterionId, BigDecimal selfScore, String evidence,
                       BigDecimal finalScore, String reason, String appraisedBy) {

    public BigDecimal effective() {
        return finalScore == null ? selfScore : finalScore;
    }
}
