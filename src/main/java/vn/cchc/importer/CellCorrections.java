package vn.cchc.importer;

import java.util.Map;
import vn.cchc.agency.LeadAndCoordinators;

/**
 * The cells SNV corrected in an import preview instead of uploading the file again: the task text, the lead agency
 * text and the deadline text of a row, by the row's position in the preview (0-based, the order of the items the
 * import builds). The import applies them to the row as read from the file before the row becomes an item, so a
 * corrected cell goes through the same parsing (agency phrases, deadline phrases) and the same checks (no task text,
 * a cell too long) as the file's own; the file itself is never changed. Positions come after the duplicate filter,
 * which sees the file's text: a correction never moves another row.
 */
public record CellCorrections(Map<Integer, Cells> byPosition) {

    public static final CellCorrections NONE = new CellCorrections(Map.of());

    public CellCorrections {
        byPosition = Map.copyOf(byPosition);
    }

    /** The corrected cells of one row; null: the cell as the file has it. */
    public record Cells(int sourceRow, String task, String lead, String deadline) {
        public int count() {
            return (task == null ? 0 : 1) + (lead == null ? 0 : 1) + (deadline == null ? 0 : 1);
        }
    }

    public boolean isEmpty() {
        return byPosition.isEmpty();
    }

    /** How many cells are corrected. */
    public int count() {
        return byPosition.values().stream().mapToInt(Cells::count).sum();
    }

    /** Puts the corrected cells of the row at {@code position} into it, as if the file had them. */
    void apply(int position, TaskRow row) {
        Cells cells = byPosition.get(position);
        if (cells == null) {
            return;
        }
        if (cells.task() != null) {
            if (row.taskSource == null) {
                row.inheritedTask = cells.task().trim();
            } else {
                row.put(row.taskSource, cells.task());
            }
            row.taskProblem = null;
        }
        if (cells.lead() != null) {
            String assignment = row.get(Column.ASSIGNMENT);
            if (!assignment.isEmpty()) {
                // a "Phân công" cell names lead and coordinators together: the lead is now the corrected text, the
                // coordinators stay what the cell says
                if (row.get(Column.COORDINATORS).isEmpty()) {
                    row.put(Column.COORDINATORS, LeadAndCoordinators.split(assignment).coordinators());
                }
                row.put(Column.ASSIGNMENT, "");
            }
            row.put(Column.LEAD, cells.lead());
        }
        if (cells.deadline() != null) {
            row.put(Column.DEADLINE, cells.deadline());
        }
    }
}
