package vn.cchc.reporting.par;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PAR Index scores, in table {@code cchc_par_score}. */
@Repository
public class ParScores {

    private final JdbcClient jdbc;

    ParScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces an agency's self-assessment (and any earlier appraisal of it). */
    void selfAssessed(int year, String agencyId, List<ParScore> scores) {
        jdbc.sql("DELETE FROM cchc_par_score WHERE par_year = ? AND agency_id = ?").params(year, agencyId).update();
        for (ParScore s : scores) {
            jdbc.sql("""
                            INSERT INTO cchc_par_score (par_year, agency_id, criterion_id, self_score, evidence)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(year, agencyId, s.criterionId(), s.selfScore(), s.evidence()).update();
        }
    }

    void appraised(int year, String agencyId, String criterionId, BigDecimal finalScore, String reason,
                   String appraiser) {
        jdbc.sql("""
                        UPDATE cchc_par_score SET final_score = ?, reason = ?, appraised_by = ?
                         WHERE par_year = ? AND agency_id = ? AND criterion_id = ?""")
                .params(finalScore, reason, appraiser, year, agencyId, criterionId).update();
    }

    public List<ParScore> ofAgency(int year, String agencyId) {
        return jdbc.sql("SELECT * FROM cchc_par_score WHERE par_year = ? AND agency_id = ? ORDER BY criterion_id")
                .params(year, agencyId).query(ParScores::map)
                .list();
    }

    public List<ParScore> ofYear(int year) {
        return jdbc.sql("SELECT * FROM cchc_par_score WHERE par_year = ? ORDER BY agency_id, criterion_id")
                .param(year).query(ParScores::map)
                .list();
    }

    private static ParScore map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ParScore(rs.getInt("par_year"), rs.getString("agency_id"), rs.getString("criterion_id"),
                rs.getBigDecimal("self_score"), rs.getString("evidence"), rs.getBigDecimal("final_score"),
                rs.getString("reason"), rs.getString("appraised_by"));
    }
}
