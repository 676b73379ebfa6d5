package vn.cchc.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.agency.TextFold;
import vn.cchc.deadline.DeadlineParser;
import vn.cchc.shared.Texts;

/**
 * Reads a plan appendix (converted text, CSV, XLSX or DOCX) into plan items. Pure Java: nothing is written, so a
 * failure leaves nothing behind; the caller stores the result in one transaction.
 */
public final class AppendixImporter {

    private static final Pattern PLAN_YEAR = Pattern.compile(
            "cai cach hanh chinh[^\\n]{0,80}?nam (20\\d\\d)|nam (20\\d\\d)[^\\n]{0,20}$");

    private final AgencyResolver resolver;
    private final ReaderLimits limits;

    /** With the readers' default limits. */
    public AppendixImporter(AgencyResolver resolver) {
        this(resolver, ReaderLimits.defaults());
    }

    public AppendixImporter(AgencyResolver resolver, ReaderLimits limits) {
        this.resolver = resolver;
        this.limits = limits;
    }

    /** Imports a file; {@code year} null means the year of the document title, else the current year. */
    public ImportResult importFile(Path file, Integer year) {
        SourceDocument document = SourceDocument.read(file, limits);
        int planYear = year != null ? year : detectYear(document.text()).orElse(Year.now().getValue());
        return importRows(document.rows(), planYear);
    }

    /** The plan year of a file: the year in its title, else the current year (as {@link #importFile} uses). */
    public static int planYear(Path file, ReaderLimits limits) {
        return detectYear(SourceDocument.read(file, limits).text()).orElse(Year.now().getValue());
    }

    /** Imports an uploaded file (bytes and the name it had), with the plan's year for its deadlines. */
    public ImportResult importBytes(byte[] bytes, String fileName, int year) {
        return importRows(SourceDocument.read(bytes, fileName, limits).rows(), year);
    }

    public ImportResult importRows(List<RawRow> raw, int year) {
        return importRows(raw, year, CellCorrections.NONE);
    }

    /** As {@link #importRows(List, int)}, with SNV's corrections of cells put into the rows before they are read. */
    public ImportResult importRows(List<RawRow> raw, int year, CellCorrections corrections) {
        if (raw.isEmpty()) {
            throw ImportException.of("importer.file.noRows");
        }
        // rows are assembled as one paragraph per cell; the paragraph marks serve only to split activities
        Map<Integer, RawRow> asRead = new HashMap<>();
        List<RawRow> flat = new ArrayList<>(raw.size());
        for (RawRow row : raw) {
            asRead.putIfAbsent(row.sourceRow(), row);
            if (row.cells().stream().anyMatch(c -> c != null && c.indexOf(CellText.PARAGRAPH) >= 0)) {
                flat.add(new RawRow(row.sourceRow(), row.cells().stream().map(c -> c == null ? "" : CellText.flat(c))
                        .toList(), row.sttMerged()));
            } else {
                flat.add(row);
            }
        }
        TableAssembler.Assembled assembled = TableAssembler.assemble(flat);
        Set<String> unresolved = new LinkedHashSet<>();
        ItemBuilder builder = new ItemBuilder(resolver, new DeadlineParser(year), assembled.columns(), unresolved);
        DuplicateFilter duplicates = new DuplicateFilter();
        List<AppendixRow> items = new ArrayList<>();
        List<String> problems = new ArrayList<>(assembled.problems());
        int repeatedRows = 0;
        List<TaskRow> rows = new ArrayList<>();
        for (TaskRow row : assembled.rows()) {
            rows.addAll(ActivitySplit.split(row, asRead, assembled.columns()));
        }
        for (TaskRow row : rows) {
            if (row.inRepeat) {
                if (duplicates.isKnown(row)) {
                    repeatedRows++;
                } else {
                    String note = Texts.get("importer.note.repeatDiffers", row.sourceRow);
                    if (!problems.contains(note)) {
                        problems.add(note);
                    }
                }
                continue;
            }
            List<String> numberProblems = new ArrayList<>();
            if (duplicates.accept(row, numberProblems)) {
                corrections.apply(items.size(), row);
                AppendixRow item = builder.build(row);
                List<String> all = new ArrayList<>(numberProblems);
                all.addAll(item.problems());
                items.add(withProblems(item, all));
            }
        }
        if (repeatedRows > 0) {
            problems.add(Texts.get("importer.note.repeatSkipped", repeatedRows));
        }
        problems.addAll(0, duplicates.problems());
        return new ImportResult(items, problems, year, unresolved);
    }

    /** The plan year named in the title ("Kế hoạch cải cách hành chính năm 2024"). */
    public static java.util.Optional<Integer> detectYear(String text) {
        String head = TextFold.fold(TextFold.clean(text.length() > SourceDocument.TEXT_FOR_YEAR
                ? text.substring(0, SourceDocument.TEXT_FOR_YEAR) : text)
                .toLowerCase(Locale.ROOT));
        Matcher m = PLAN_YEAR.matcher(head);
        while (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(2);
            return java.util.Optional.of(Integer.parseInt(y));
        }
        return java.util.Optional.empty();
    }

    private static AppendixRow withProblems(AppendixRow i, List<String> problems) {
        return new AppendixRow(i.section(), i.stt(), i.task(), i.lead(), i.coordinators(), i.product(), i.deadlineText(),
                i.deadline(), i.leadAgencies(), i.coordinatorAgencies(), problems, i.sourceRow(), i.objective(),
                i.parentTask());
    }

    static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw ImportException.of(e, "importer.file.unreadable", file, e.getMessage());
        }
    }
}
