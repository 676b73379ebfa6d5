package vn.cchc.importer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded appendix files kept between the preview and the confirmation, in table {@code cchc_import_upload}. */
@Repository
public class ImportUploads {

    public record Upload(String id, String planId, String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String save(String planId, String fileName, byte[] content, String user) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO cchc_import_upload (id, plan_id, file_name, content, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, planId, fileName == null || fileName.isBlank() ? "phu-luc" : fileName, content, user,
                        LocalDateTime.now(clock))
                .update();
        return id;
    }

    public Optional<Upload> find(String planId, String id) {
        return jdbc.sql("SELECT id, plan_id, file_name, content FROM cchc_import_upload WHERE id = ? AND plan_id = ?")
                .params(id, planId)
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /** Drops the uploads of a plan once one of them is imported. */
    public void deleteOfPlan(String planId) {
        jdbc.sql("DELETE FROM cchc_import_upload WHERE plan_id = ?").param(planId).update();
    }
}
