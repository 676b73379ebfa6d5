package vn.cchc.importer.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import vn.cchc.importer.CellCorrections;
import vn.cchc.importer.ImportPreview;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.Messages;

/**
 * Reads the cells SNV edited on the preview page ({@code task.<i>}, {@code lead.<i>}, {@code deadline.<i>}, with
 * {@code row.<i>} the file row the page showed at position {@code i}) into {@link CellCorrections}. Only cells that
 * differ from the file's (whitespace aside) become corrections, so posting the whole table unchanged changes
 * nothing. A position the file does not have, or that shows another row, means the page is stale; an emptied task
 * cell would drop the row: both are refused whole (the import then writes nothing).
 */
@Component
class CorrectionForm {

    private static final List<String> FIELDS = List.of("task", "lead", "deadline");
    private final Messages messages;

    CorrectionForm(Messages messages) {
        this.messages = messages;
    }

    /** Whether the form carries any cell of the table (else the file is imported as read, without reading it twice). */
    static boolean hasCells(MultiValueMap<String, String> form) {
        return form.keySet().stream().anyMatch(k -> k.startsWith("row.")
                || FIELDS.stream().anyMatch(f -> k.startsWith(f + ".")));
    }

    /** @param asRead the preview of the file without corrections */
    CellCorrections read(ImportPreview asRead, MultiValueMap<String, String> form) {
        Map<Integer, String[]> edited = new HashMap<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            int dot = e.getKey().indexOf('.');
            if (dot < 0 || !FIELDS.contains(e.getKey().substring(0, dot)) && !e.getKey().startsWith("row.")) {
                continue;
            }
            String where = e.getKey().substring(dot + 1);
            int position = position(where, asRead);
            String value = e.getValue().isEmpty() || e.getValue().get(0) == null ? "" : e.getValue().get(0);
            String[] cells = edited.computeIfAbsent(position, p -> new String[4]);
            switch (e.getKey().substring(0, dot)) {
                case "row" -> cells[3] = value.trim();
                case "task" -> cells[0] = value;
                case "lead" -> cells[1] = value;
                default -> cells[2] = value;
            }
        }
        Map<Integer, CellCorrections.Cells> corrections = new HashMap<>();
        edited.forEach((position, cells) -> {
            ImportPreview.Row row = asRead.rows().get(position);
            if (cells[3] != null && !cells[3].equals(String.valueOf(row.sourceRow()))) {
                throw stale(String.valueOf(position));
            }
            String task = changed(cells[0], row.task());
            if (task != null && task.isBlank()) {
                // the import reads a row without task text as no row at all: an emptied cell is refused instead
                throw new PlanInputException(messages.get("importer.correction.blankTask",
                        String.valueOf(row.sourceRow())));
            }
            String lead = changed(cells[1], String.join("; ", row.lead()));
            String deadline = changed(cells[2], row.deadlineText());
            if (task != null || lead != null || deadline != null) {
                corrections.put(position, new CellCorrections.Cells(row.sourceRow(), task, lead, deadline));
            }
        });
        return new CellCorrections(corrections);
    }

    private int position(String text, ImportPreview asRead) {
        try {
            int position = Integer.parseInt(text);
            if (position >= 0 && position < asRead.rows().size()) {
                return position;
            }
        } catch (NumberFormatException e) {
            // stale or forged: refused below
        }
        throw stale(text.length() > 20 ? text.substring(0, 20) : text);
    }

    private PlanInputException stale(String position) {
        return new PlanInputException(messages.get("importer.correction.stale", position));
    }

    /** The submitted text when it differs from the file's, else null. */
    private static String changed(String submitted, String asRead) {
        if (submitted == null || normal(submitted).equals(normal(asRead))) {
            return null;
        }
        return submitted.strip();
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
