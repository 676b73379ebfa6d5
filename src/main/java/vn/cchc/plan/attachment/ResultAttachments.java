package vn.cchc.plan.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code cchc_result_attachment}: the files, listed without their content, read one at a time. */
@Repository
class ResultAttachments {

    private static final String COLUMNS = "id, plan_id, task_instance_id, assignment_id, agency_id, file_name, "
            + "content_type, size_bytes, uploaded_by, uploaded_at";
    private final JdbcClient jdbc;

    ResultAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(ResultAttachment a, String sha256, byte[] content) {
        jdbc.sql("""
                INSERT INTO cchc_result_attachment (plan_id, task_instance_id, assignment_id, agency_id, file_name,
                       content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.planId(), a.taskInstanceId(), a.assignmentId(), a.agencyId(), a.fileName(),
                        a.contentType(), a.sizeBytes(), sha256, content, a.uploadedBy(), a.uploadedAt())
                .update();
    }

    List<ResultAttachment> ofTask(String taskInstanceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_result_attachment WHERE task_instance_id = ? ORDER BY id")
                .param(taskInstanceId).query(ResultAttachments::map).list();
    }

    Optional<ResultAttachment> find(String taskInstanceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cchc_result_attachment WHERE task_instance_id = ? AND id = ?")
                .params(taskInstanceId, id).query(ResultAttachments::map).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM cchc_result_attachment WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM cchc_result_attachment WHERE id = ?").param(id).update();
    }

    private static ResultAttachment map(ResultSet rs, int row) throws SQLException {
        return new ResultAttachment(rs.getLong("id"), rs.getString("plan_id"), rs.getString("task_instance_id"),
                rs.getString("assignment_id"), rs.getString("agency_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", LocalDateTime.class));
    }
}
