package vn.cchc.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents the processes produce, in table {@code cchc_document}: written by the producing step in its own
 * transaction, read by the documents page. A document keeps its id when it is produced again (a recompiled report),
 * so a link to it stays valid and always serves the latest version.
 */
@Repository
public class Documents {

    private static final String COLUMNS = """
            d.id, d.source_key, d.plan_id, p.title, d.period, d.period_year, d.kind, d.file_name, d.content_type,
            d.size_bytes, d.created_at, d.status, d.process_instance_id""";

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the document, replacing the content and status of the source's document of that kind. */
    public void store(NewDocument d, LocalDateTime at) {
        int updated = jdbc.sql("""
                        UPDATE cchc_document SET plan_id = ?, period = ?, period_year = ?, file_name = ?, content_type = ?,
                            content = ?, size_bytes = ?, created_at = ?, status = ?, process_instance_id = ?
                        WHERE source_key = ? AND kind = ?""")
                .params(d.planId(), d.period(), d.periodYear(), d.fileName(), d.contentType(), d.content(),
                        d.content().length, Timestamp.valueOf(at), d.status().name(), d.processInstanceId(),
                        d.sourceKey(), d.kind().name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO cchc_document (id, source_key, plan_id, period, period_year, kind, file_name,
                                content_type, content, size_bytes, created_at, status, process_instance_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID().toString(), d.sourceKey(), d.planId(), d.period(), d.periodYear(),
                            d.kind().name(), d.fileName(), d.contentType(), d.content(), d.content().length,
                            Timestamp.valueOf(at), d.status().name(), d.processInstanceId())
                    .update();
        }
    }

    /** Sets the status of every document of the source (the leader signed the report: its DOCX and XLSX). */
    public void setStatus(String sourceKey, DocumentStatus status) {
        jdbc.sql("UPDATE cchc_document SET status = ? WHERE source_key = ?").params(status.name(), sourceKey).update();
    }

    /** Every document (without bytes), optionally of one plan, newest plan year first. */
    public List<StoredDocument> list(String planId) {
        String where = planId == null ? "" : " WHERE d.plan_id = :plan";
        var sql = jdbc.sql("SELECT " + COLUMNS + " FROM cchc_document d LEFT JOIN cchc_plan p ON p.id = d.plan_id"
                + where + " ORDER BY d.period_year DESC, d.plan_id, d.created_at");
        if (planId != null) {
            sql = sql.param("plan", planId);
        }
        return sql.query((rs, n) -> row(rs)).list();
    }

    public Optional<StoredDocument> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_document d LEFT JOIN cchc_plan p ON p.id = d.plan_id"
                + " WHERE d.id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public byte[] content(String id) {
        return jdbc.sql("SELECT content FROM cchc_document WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static StoredDocument row(ResultSet rs) throws SQLException {
        return new StoredDocument(rs.getString("id"), rs.getString("source_key"), rs.getString("plan_id"),
                rs.getString("title"), rs.getString("period"), rs.getInt("period_year"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"),
                rs.getInt("size_bytes"), rs.getTimestamp("created_at").toLocalDateTime(),
                DocumentStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"));
    }
}
