package vn.cchc.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.agency.LeadAndCoordinators;
import vn.cchc.agency.Resolution;
import vn.cchc.agency.TextFold;
import vn.cchc.deadline.Deadline;
import vn.cchc.deadline.DeadlineKind;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.shared.Texts;

/** Turns an assembled task row into a plan item: agencies resolved, deadline parsed, every doubt a problem. */
final class ItemBuilder {

    private static final Pattern DEADLINE_WORDS = Pattern.compile(
            "^(truoc ngay|ngay \\d|thang \\d|quy [ivx]+|nam 20\\d\\d|thuong xuyen|dinh ky|hang (nam|quy|thang))");

    /** How a product cell starts ("Quyết định ban hành…", "Báo cáo…"): such text in the lead column is misplaced. */
    private static final Pattern PRODUCT_WORDS = Pattern.compile(
            "^(quyet dinh|bao cao|ke hoach|van ban|cong van|de an|thong bao|chuong trinh)\\b");
    /** How an agency phrase reads: such text in the deadline column is misplaced. */
    private static final Pattern AGENCY_WORDS = Pattern.compile("\\b(co quan|don vi|ubnd|so [a-z]|phong [a-z])");

    private final AgencyResolver resolver;
    private final DeadlineParser parser;
    private final ColumnMap columns;
    private final Set<String> unresolvedPhrases;

    ItemBuilder(AgencyResolver resolver, DeadlineParser parser, ColumnMap columns, Set<String> unresolvedPhrases) {
        this.resolver = resolver;
        this.parser = parser;
        this.columns = columns;
        this.unresolvedPhrases = unresolvedPhrases;
    }

    AppendixRow build(TaskRow row) {
        List<String> problems = new ArrayList<>();
        if (row.taskProblem != null) {
            problems.add(row.taskProblem);
        }
        if (row.splitNote != null) {
            problems.add(row.splitNote);
        }
        String leadText = row.get(Column.LEAD);
        String coordText = row.get(Column.COORDINATORS);
        String product = row.get(Column.PRODUCT);
        String deadlineText = row.get(Column.DEADLINE);
        String assignment = row.get(Column.ASSIGNMENT);
        if (!assignment.isEmpty() || (coordText.isEmpty() && mentionsBothRoles(leadText))) {
            LeadAndCoordinators split = LeadAndCoordinators.split(assignment.isEmpty() ? leadText : assignment);
            leadText = split.lead();
            coordText = split.coordinators();
        }
        if (leadText.isEmpty() && !coordText.isEmpty() && resolvesFully(coordText) && resolvesFully(product)) {
            problems.add(Texts.get("importer.note.leadShiftedLeft", at(row, Column.LEAD)));
            leadText = coordText;
            coordText = product;
            product = "";
        }
        if (deadlineText.isEmpty() && DEADLINE_WORDS.matcher(TextFold.key(product)).find()) {
            problems.add(Texts.get("importer.note.deadlineInProduct", at(row, Column.DEADLINE), product,
                    columns.header(Column.PRODUCT)));
            deadlineText = product;
            product = "";
        }
        if (shiftedRight(leadText, deadlineText)) {
            String found = Texts.get("importer.note.shiftFound", columns.header(Column.LEAD), leadText,
                    columns.header(Column.DEADLINE), deadlineText);
            if (repairable(row)) {
                problems.addAll(repairNotes(row, found, product));
                product = row.rightOf(Column.PRODUCT);
                leadText = row.rightOf(Column.LEAD);
                coordText = row.rightOf(Column.COORDINATORS);
                deadlineText = row.rightOf(Column.DEADLINE);
            } else {
                problems.add(Texts.get("importer.note.shiftedRight", row.sourceRow, found));
            }
        }
        Resolution lead = resolve(row, Column.LEAD, leadText, problems);
        Resolution coordinators = resolve(row, Column.COORDINATORS, coordText, problems);
        Deadline deadline = parser.parse(deadlineText);
        if (deadlineText.isEmpty()) {
            problems.add(Texts.get("importer.note.deadlineEmpty", at(row, Column.DEADLINE)));
        } else if (deadline.needsAttention()) {
            problems.add(Texts.get("importer.note.deadlineNoDate", at(row, Column.DEADLINE), deadlineText));
        }
        if (!deadlineText.isEmpty()) {
            problems.addAll(DeadlineNotes.of(at(row, Column.DEADLINE), deadlineText, deadline, parser.planYear()));
        }
        return new AppendixRow(row.section, row.stt, row.task(), asWritten(leadText), asWritten(coordText), product,
                deadlineText, deadline, lead.agencyIds(), coordinators.agencyIds(), problems, row.sourceRow,
                row.objective, row.parentTask);
    }

    /**
     * A row whose cells moved one column to the right: the lead column holds a product and the deadline column an
     * agency phrase. Repaired only when {@link #repairable} says the content leaves no doubt; flagged otherwise.
     */
    private boolean shiftedRight(String leadText, String deadlineText) {
        return !leadText.isBlank() && !deadlineText.isBlank() && !resolvesFully(leadText)
                && PRODUCT_WORDS.matcher(TextFold.key(leadText)).find()
                && AGENCY_WORDS.matcher(TextFold.key(deadlineText)).find()
                && parser.parse(deadlineText).dates().isEmpty();
    }

    /**
     * The shift can be undone when every value can be read one cell to the right: a lead phrase right of the lead
     * column and a deadline phrase (no agency) right of the deadline column. Tables that merge lead and coordinators
     * in one column are only flagged.
     */
    private boolean repairable(TaskRow row) {
        String lead = row.rightOf(Column.LEAD);
        String due = row.rightOf(Column.DEADLINE);
        return columns.has(Column.LEAD) && columns.has(Column.COORDINATORS) && columns.has(Column.PRODUCT)
                && !lead.isBlank() && (resolvesFully(lead) || AGENCY_WORDS.matcher(TextFold.key(lead)).find())
                && !due.isBlank() && !AGENCY_WORDS.matcher(TextFold.key(due)).find()
                && parser.parse(due).kind() != DeadlineKind.UNKNOWN;
    }

    private List<String> repairNotes(TaskRow row, String found, String product) {
        List<String> notes = new ArrayList<>();
        notes.add(Texts.get("importer.note.shiftRepaired", row.sourceRow, found,
                columns.header(Column.PRODUCT), row.rightOf(Column.PRODUCT),
                columns.header(Column.LEAD), row.rightOf(Column.LEAD),
                columns.header(Column.COORDINATORS), row.rightOf(Column.COORDINATORS),
                columns.header(Column.DEADLINE), row.rightOf(Column.DEADLINE)));
        boolean reused = java.util.stream.Stream.of(Column.LEAD, Column.COORDINATORS, Column.DEADLINE)
                .anyMatch(c -> columns.index(c) + 1 == columns.index(Column.PRODUCT));
        if (!reused && !product.isBlank()) {
            notes.add(Texts.get("importer.note.pushedOut", row.sourceRow, product, columns.header(Column.PRODUCT)));
        }
        return notes;
    }

    private Resolution resolve(TaskRow row, Column column, String text, List<String> problems) {
        Resolution resolution = resolver.resolve(text);
        if (column == Column.LEAD && text.isBlank()) {
            problems.add(Texts.get("importer.note.leadEmpty", at(row, column)));
        }
        for (String phrase : resolution.unresolved()) {
            unresolvedPhrases.add(phrase);
            problems.add(Texts.get("importer.note.agency", at(row, column), resolution.problem(phrase,
                    Texts.get("importer.note.agencyUnknown", phrase))));
        }
        return resolution;
    }

    private boolean resolvesFully(String text) {
        if (text.isBlank()) {
            return false;
        }
        Resolution r = resolver.resolve(text);
        return r.complete() && !r.agencyIds().isEmpty();
    }

    private String at(TaskRow row, Column column) {
        Column shown = column == Column.LEAD && !columns.has(Column.LEAD) ? Column.ASSIGNMENT : column;
        if (column == Column.COORDINATORS && !columns.has(Column.COORDINATORS)) {
            shown = Column.ASSIGNMENT;
        }
        return Texts.get("importer.note.at", row.sourceRow, columns.header(shown));
    }

    private static boolean mentionsBothRoles(String text) {
        String folded = TextFold.key(text);
        return folded.contains("chu tri") && folded.contains("phoi hop");
    }

    /** The agency phrases of a cell as written: split on ";" and line breaks only. */
    static List<String> asWritten(String cell) {
        return Arrays.stream(cell.split("[;\\n]"))
                .map(s -> s.trim().replaceAll("[,.]+$", "").trim())
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
