package vn.cchc.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.deadline.DeadlineKind;

/**
 * The task rows of plans, in table {@code cchc_plan_item} (agency id lists stored comma-separated; a wide table's
 * objective and parent task in {@code objective}, {@code parent_task}), and their due dates per agency and milestone
 * in {@code cchc_plan_item_due}.
 */
@Repository
public class PlanItems {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PlanItems(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces all items of a draft plan (first draft, rework, or re-import). */
    public void replaceAll(String planId, List<PlanItem> items) {
        jdbc.sql("DELETE FROM cchc_plan_item_due WHERE plan_id = ?").param(planId).update();
        jdbc.sql("DELETE FROM cchc_plan_item WHERE plan_id = ?").param(planId).update();
        insert(items);
    }

    /** Adds items (an amendment of an issued plan); their numbers must be new in the plan. */
    public void insert(List<PlanItem> items) {
        template.batchUpdate("""
                        INSERT INTO cchc_plan_item (plan_id, item_no, section, stt, task, lead_text, lead_agencies,
                               coordinators_text, coordinator_agencies, product, deadline_text, deadline_kind, due_date,
                               objective, parent_task)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", items, 200, (ps, item) -> {
                    ps.setString(1, item.planId());
                    ps.setInt(2, item.itemNo());
                    ps.setString(3, item.section());
                    ps.setString(4, item.stt());
                    ps.setString(5, item.task());
                    ps.setString(6, item.leadText());
                    ps.setString(7, String.join(",", item.leadAgencies()));
                    ps.setString(8, item.coordinatorsText());
                    ps.setString(9, String.join(",", item.coordinatorAgencies()));
                    ps.setString(10, item.product());
                    ps.setString(11, item.deadlineText());
                    ps.setString(12, item.deadlineKind().name());
                    ps.setObject(13, item.dueDate());
                    ps.setString(14, item.objective());
                    ps.setString(15, item.parentTask());
                });
        items.forEach(this::insertDues);
    }

    /** A new deadline of one item (amendment): text, kind, first date and the due dates per agency. */
    public void updateDeadline(PlanItem item) {
        jdbc.sql("UPDATE cchc_plan_item SET deadline_text = ?, deadline_kind = ?, due_date = ? "
                        + "WHERE plan_id = ? AND item_no = ?")
                .params(item.deadlineText(), item.deadlineKind().name(), item.dueDate(), item.planId(), item.itemNo())
                .update();
        jdbc.sql("DELETE FROM cchc_plan_item_due WHERE plan_id = ? AND item_no = ?")
                .params(item.planId(), item.itemNo()).update();
        insertDues(item);
    }

    private void insertDues(PlanItem item) {
        List<ItemDue> dues = item.dues();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            ItemDue d = dues.get(i);
            rows.add(new Object[] {item.planId(), item.itemNo(), i + 1, d.agencyId(), d.milestone(), d.dueDate()});
        }
        template.batchUpdate("INSERT INTO cchc_plan_item_due (plan_id, item_no, seq, agency_id, milestone, due_date) "
                + "VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * A short fingerprint of a list of items as SNV writes them (number, section, task, agencies and deadline as
     * written, product, objective): two lists with the same fingerprint read the same. The draft page carries the
     * fingerprint of the list it was opened on, so a save finds out that someone else changed the list since.
     */
    public static String fingerprint(List<PlanItem> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PlanItem i : items) {
                for (Object field : new Object[] {i.itemNo(), i.section(), i.stt(), i.task(), i.leadText(),
                        i.coordinatorsText(), i.product(), i.deadlineText(), i.objective(), i.parentTask()}) {
                    digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                digest.update((byte) 1);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<PlanItem> findByPlan(String planId) {
        Map<Integer, List<ItemDue>> dues = new HashMap<>();
        jdbc.sql("SELECT * FROM cchc_plan_item_due WHERE plan_id = ? ORDER BY item_no, seq").param(planId)
                .query(rs -> {
                    dues.computeIfAbsent(rs.getInt("item_no"), n -> new ArrayList<>()).add(new ItemDue(
                            rs.getString("agency_id"), rs.getInt("milestone"),
                            rs.getObject("due_date", LocalDate.class)));
                });
        return jdbc.sql("SELECT * FROM cchc_plan_item WHERE plan_id = ? ORDER BY item_no").param(planId)
                .query((rs, n) -> map(rs, dues)).list();
    }

    public java.util.Optional<PlanItem> find(String planId, int itemNo) {
        return findByPlan(planId).stream().filter(i -> i.itemNo() == itemNo).findFirst();
    }

    private static PlanItem map(ResultSet rs, Map<Integer, List<ItemDue>> dues) throws SQLException {
        java.sql.Date due = rs.getDate("due_date");
        int itemNo = rs.getInt("item_no");
        return new PlanItem(rs.getString("plan_id"), itemNo, rs.getString("section"),
                rs.getString("stt"), rs.getString("task"), rs.getString("lead_text"),
                ids(rs.getString("lead_agencies")), rs.getString("coordinators_text"),
                ids(rs.getString("coordinator_agencies")), rs.getString("product"), rs.getString("deadline_text"),
                DeadlineKind.valueOf(rs.getString("deadline_kind")), due == null ? null : due.toLocalDate(),
                dues.get(itemNo), rs.getString("objective"), rs.getString("parent_task"));
    }

    private static List<String> ids(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
