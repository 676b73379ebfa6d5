package vn.cchc.importer;

import java.util.EnumMap;
import java.util.Map;

/** A task row being assembled: cells by column, grown when a page break split it. */
final class TaskRow {

    final int sourceRow;
    final String section;
    boolean sttMerged;
    private final Map<Column, String> values = new EnumMap<>(Column.class);
    String stt;
    /** The column the task text comes from; null when it is inherited from the row above. */
    Column taskSource = Column.TASK;
    String inheritedTask = "";
    String taskProblem;
    /** Wide tables: the objective ("Mục tiêu") and task ("Nhiệm vụ") an activity belongs to, carried down. */
    String objective = "";
    String parentTask = "";
    /** The rows glued to this one after a page break, in order (their cells were appended). */
    final java.util.List<Integer> continuations = new java.util.ArrayList<>();
    /** Set when the row is one activity of a cell listing several ({@link ActivitySplit}). */
    String splitNote;
    /** Inside a copy of the table the document repeats (seed 003). */
    boolean inRepeat;
    /** The cell right of each column: where its value lands when the row's cells moved one column right. */
    final Map<Column, String> rightOf = new EnumMap<>(Column.class);

    TaskRow(int sourceRow, String section, String stt, boolean sttMerged) {
        this.sourceRow = sourceRow;
        this.section = section;
        this.stt = stt;
        this.sttMerged = sttMerged;
    }

    String get(Column column) {
        return values.getOrDefault(column, "");
    }

    void put(Column column, String value) {
        values.put(column, value == null ? "" : value.trim());
    }

    /** Appends the continuation of every cell split by a page break. */
    void append(Column column, String more) {
        if (more == null || more.isBlank()) {
            return;
        }
        String joined = (get(column) + " " + more.trim()).trim();
        values.put(column, joined);
    }

    /** A copy with the same cells, for one activity of a split row. */
    TaskRow copy() {
        TaskRow copy = new TaskRow(sourceRow, section, stt, sttMerged);
        copy.values.putAll(values);
        copy.taskSource = taskSource;
        copy.inheritedTask = inheritedTask;
        copy.taskProblem = taskProblem;
        copy.objective = objective;
        copy.parentTask = parentTask;
        copy.inRepeat = inRepeat;
        copy.rightOf.putAll(rightOf);
        copy.continuations.addAll(continuations);
        return copy;
    }

    String rightOf(Column column) {
        return rightOf.getOrDefault(column, "");
    }

    String task() {
        return taskSource == null ? inheritedTask : get(taskSource);
    }
}
