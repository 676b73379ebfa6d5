package vn.cchc.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.shared.Texts;

/**
 * Turns the raw rows of an appendix into task rows: finds the header, follows section headings, glues cells split
 * by page breaks back together, carries group rows and merged cells down, and expands lettered sub-rows.
 */
final class TableAssembler {

    private final List<String> problems = new ArrayList<>();
    private final List<TaskRow> rows = new ArrayList<>();
    private ColumnMap columns;
    private String section = "";
    private String groupStt = "";
    private String groupTask = "";
    private String carriedTask = "";
    private String carriedObjective = "";
    private String lastStt = "";
    private boolean afterHeader;
    private final List<RawRow> headings = new ArrayList<>();
    private boolean repeating;

    record Assembled(List<TaskRow> rows, List<String> problems, ColumnMap columns) {
    }

    static Assembled assemble(List<RawRow> raw) {
        TableAssembler assembler = new TableAssembler();
        int start = assembler.findHeader(raw);
        for (int i = start + 1; i < raw.size(); i++) {
            assembler.accept(raw.get(i));
        }
        if (assembler.rows.isEmpty()) {
            throw ImportException.of("importer.table.noRows", raw.get(start).sourceRow());
        }
        return new Assembled(assembler.rows, assembler.problems, assembler.columns);
    }

    private int findHeader(List<RawRow> raw) {
        for (int i = 0; i < raw.size(); i++) {
            Optional<ColumnMap> header = ColumnMap.ofHeader(raw.get(i));
            if (header.isPresent()) {
                columns = header.get().requireTaskColumns(raw.get(i).sourceRow());
                return i;
            }
        }
        throw ImportException.of("importer.table.notFound");
    }

    private void accept(RawRow row) {
        if (row.isBlank()) {
            return;
        }
        if (ColumnMap.ofHeader(row).isPresent()) {
            afterHeader = true;
            return;
        }
        String heading = heading(row);
        if (heading != null) {
            trackRepeat(row, heading);
            section = heading;
            groupStt = "";
            groupTask = "";
            carriedTask = "";
            carriedObjective = "";
            afterHeader = false;
            if (hasWork(row)) {
                problems.add(Texts.get("importer.note.headingWithTask", row.sourceRow(), heading));
                addItem(withoutHeading(row));
            }
            return;
        }
        String stt = stt(row);
        if (row.filledCells() == 1 && !stt.isEmpty() && !CellText.isStt(stt)) {
            return;
        }
        if (afterHeader && stt.isEmpty() && !rows.isEmpty() && isContinuation(row)) {
            TaskRow last = rows.get(rows.size() - 1);
            last.continuations.add(row.sourceRow());
            for (Column column : Column.values()) {
                last.append(column, columns.get(row, column));
                if (columns.has(column)) {
                    last.rightOf.merge(column, row.cell(columns.index(column) + 1).trim(),
                            (above, more) -> (above + " " + more).trim());
                }
            }
            afterHeader = false;
            return;
        }
        afterHeader = false;
        if (!hasWork(row)) {
            rememberGroup(row, stt);
            return;
        }
        addItem(row);
    }

    private void addItem(RawRow row) {
        String stt = stt(row);
        boolean merged = row.sttMerged();
        if (CellText.isLetterStt(stt) && !groupStt.isEmpty()) {
            stt = groupStt + "." + stt.substring(0, 1);
        } else if (stt.isEmpty() && columns.wide() && !lastStt.isEmpty()) {
            stt = lastStt;
            merged = true;
        } else if (!stt.isEmpty() && !merged) {
            lastStt = stt;
            carriedTask = "";
        }
        TaskRow task = new TaskRow(row.sourceRow(), section, stt, merged);
        for (Column column : Column.values()) {
            if (column != Column.STT) {
                task.put(column, columns.get(row, column));
            }
        }
        for (Column column : Column.values()) {
            if (columns.has(column)) {
                task.rightOf.put(column, row.cell(columns.index(column) + 1).trim());
            }
        }
        chooseTaskText(task, row);
        if (columns.wide()) {
            context(task, row);
        }
        task.inRepeat = repeating;
        rows.add(task);
    }

    /** The objective and task a wide table's activity belongs to: its own cells, else those carried from above. */
    private void context(TaskRow task, RawRow row) {
        String objective = columns.get(row, Column.OBJECTIVE);
        if (!objective.isEmpty()) {
            carriedObjective = objective;
        } else if (!task.sttMerged && !stt(row).isEmpty()) {
            carriedObjective = "";
        }
        task.objective = task.taskSource == Column.OBJECTIVE ? "" : carriedObjective;
        String parent = !task.get(Column.TASK).isEmpty() ? task.get(Column.TASK) : carriedTask;
        task.parentTask = parent.equals(task.task()) ? "" : parent;
    }

    private void chooseTaskText(TaskRow task, RawRow row) {
        if (!task.get(Column.TASK).isEmpty()) {
            carriedTask = task.get(Column.TASK);
        }
        if (columns.wide() && !task.get(Column.ACTIVITY).isEmpty()) {
            task.taskSource = Column.ACTIVITY;
        } else if (!task.get(Column.TASK).isEmpty()) {
            task.taskSource = Column.TASK;
        } else if (!task.get(Column.OBJECTIVE).isEmpty() && stt(row).isEmpty()) {
            task.taskSource = Column.OBJECTIVE;
            task.taskProblem = Texts.get("importer.note.taskInObjective", row.sourceRow(),
                    columns.header(Column.OBJECTIVE));
        } else {
            task.taskSource = null;
            task.inheritedTask = !carriedTask.isEmpty() ? carriedTask : groupTask;
            task.taskProblem = Texts.get(task.inheritedTask.isEmpty() ? "importer.note.taskEmpty"
                    : "importer.note.taskInherited", row.sourceRow(),
                    columns.header(columns.wide() ? Column.ACTIVITY : Column.TASK));
        }
    }

    private void rememberGroup(RawRow row, String stt) {
        String text = firstNonEmpty(columns.get(row, Column.TASK), columns.get(row, Column.OBJECTIVE));
        if (!stt.isEmpty()) {
            groupStt = stt.replaceAll("\\.$", "");
            groupTask = text;
            lastStt = groupStt;
            carriedTask = columns.get(row, Column.TASK);
        } else if (!columns.get(row, Column.TASK).isEmpty()) {
            carriedTask = columns.get(row, Column.TASK);
        }
    }

    /** Whether an STT-less row right after a repeated header continues the row cut by the page break. */
    private boolean isContinuation(RawRow row) {
        if (!columns.wide()) {
            return true;
        }
        return columns.get(row, Column.LEAD).isEmpty() && columns.get(row, Column.ASSIGNMENT).isEmpty()
                && columns.get(row, Column.DEADLINE).isEmpty();
    }

    private boolean hasWork(RawRow row) {
        return !(columns.get(row, Column.LEAD).isEmpty() && columns.get(row, Column.ASSIGNMENT).isEmpty()
                && columns.get(row, Column.COORDINATORS).isEmpty() && columns.get(row, Column.PRODUCT).isEmpty()
                && columns.get(row, Column.DEADLINE).isEmpty() && columns.get(row, Column.ACTIVITY).isEmpty());
    }

    /** "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "II" + title in the next cell, "V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ" alone. */
    private String heading(RawRow row) {
        String first = row.cell(0);
        if (row.filledCells() == 1 && first.isEmpty()) {
            return null;
        }
        String numeral = CellText.romanNumeral(first);
        if (numeral == null) {
            return null;
        }
        String title = CellText.afterRoman(first);
        if (title.isEmpty()) {
            title = row.cell(1);
        }
        return CellText.isTitle(title) ? numeral + ". " + title : null;
    }

    private RawRow withoutHeading(RawRow row) {
        List<String> cells = new ArrayList<>(row.cells());
        cells.set(0, "");
        if (CellText.afterRoman(row.cell(0)).isEmpty() && cells.size() > 1) {
            cells.set(1, "");
        }
        return new RawRow(row.sourceRow(), cells, false);
    }

    /** A heading (nearly) equal to an earlier one starts a repeated copy of the table; a new heading ends it. */
    private void trackRepeat(RawRow row, String heading) {
        RawRow earlier = headings.stream().filter(h -> SimilarText.similar(h.cell(0), heading)).findFirst()
                .orElse(null);
        if (earlier == null) {
            repeating = false;
            headings.add(new RawRow(row.sourceRow(), List.of(heading)));
        } else if (!repeating) {
            repeating = true;
            problems.add(Texts.get("importer.note.repeatedTable", row.sourceRow(), heading, earlier.sourceRow()));
        }
    }

    private String stt(RawRow row) {
        return columns.get(row, Column.STT).trim().replaceAll("\\.$", "");
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
