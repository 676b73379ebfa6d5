package vn.cchc.reporting;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The province's compiled reports per period, in table {@code cchc_province_report}. */
@Repository
public class ProvinceReports {

    public record Compiled(String id, int submitted, int missing, LocalDateTime compiledAt, LocalDateTime signedAt) {
    }

    private final JdbcClient jdbc;

    ProvinceReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void compiled(String id, String planId, ReportPeriod period, int year, int submitted, int missing,
                  LocalDateTime at) {
        jdbc.sql("DELETE FROM cchc_province_report WHERE id = ?").param(id).update();
        jdbc.sql("""
                        INSERT INTO cchc_province_report (id, plan_id, period, period_year, compiled_at, submitted, missing)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, planId, period.name(), year, Timestamp.valueOf(at), submitted, missing).update();
    }

    void signed(String id, LocalDateTime at) {
        jdbc.sql("UPDATE cchc_province_report SET signed_at = ? WHERE id = ?").params(Timestamp.valueOf(at), id)
                .update();
    }

    public Optional<Compiled> find(String id) {
        return jdbc.sql("SELECT * FROM cchc_province_report WHERE id = ?").param(id)
                .query((rs, n) -> new Compiled(rs.getString("id"), rs.getInt("submitted"), rs.getInt("missing"),
                        rs.getTimestamp("compiled_at").toLocalDateTime(),
                        rs.getTimestamp("signed_at") == null ? null : rs.getTimestamp("signed_at").toLocalDateTime()))
                .optional();
    }
}
