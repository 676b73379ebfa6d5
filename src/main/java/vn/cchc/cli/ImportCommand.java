package vn.cchc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyDirectoryException;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.DeadlineJson;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.importer.AppendixImporter;
import vn.cchc.importer.ImportException;
import vn.cchc.importer.ImportResult;
import vn.cchc.importer.AppendixRow;
import vn.cchc.importer.ReaderLimits;
import vn.cchc.shared.Texts;

/**
 * {@code import --dry-run [--year N] [--agencies FILE|DIR] FILE}: prints one JSON object per plan item on standard
 * output and a summary on standard error. Exit 0 when a task table was read, 1 when none could be (a damaged,
 * hostile or oversized file included: the readers' limits are those of {@code config/importing.yml}), 2 on misuse.
 * The agencies are those of the directory in force for the plan year ({@link ConfiguredDirectory}).
 */
final class ImportCommand {

    private static final String USAGE = Texts.get("cli.import.usage");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean dryRun = false;
        Integer year = null;
        Path agencies = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--year" -> {
                    if (i + 1 >= args.length || !args[i + 1].matches("\\d{4}")) {
                        err.println(Texts.get("cli.import.badYear", USAGE));
                        return 2;
                    }
                    year = Integer.parseInt(args[++i]);
                }
                case "--agencies" -> {
                    if (i + 1 >= args.length) {
                        err.println(Texts.get("cli.import.noAgencies", USAGE));
                        return 2;
                    }
                    agencies = Path.of(args[++i]);
                }
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        err.println(Texts.get("cli.import.badArg", args[i], USAGE));
                        return 2;
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            err.println(Texts.get("cli.import.noFile", USAGE));
            return 2;
        }
        if (!dryRun) {
            err.println(Texts.get("cli.import.dryRunOnly"));
            return 2;
        }
        try {
            ReaderLimits limits = ReaderLimits.load(Path.of("config/importing.yml"));
            int planYear = year != null ? year : AppendixImporter.planYear(file, limits);
            AgencyDirectory directory = ConfiguredDirectory.forPlanYear(agencies, planYear);
            AgencyResolver resolver = new AgencyResolver(directory);
            ImportResult result = new AppendixImporter(resolver, limits).importFile(file, planYear);
            WorkingCalendar calendar = WorkingCalendar.load(Path.of("config/calendar"));
            for (AppendixRow item : result.items()) {
                out.println(JSON.writeValueAsString(toJson(item, calendar)));
            }
            out.flush();
            printSummary(result, resolver, err);
            return 0;
        } catch (ImportException | AgencyDirectoryException e) {
            err.println(Texts.get("cli.error", e.getMessage()));
            return 1;
        } catch (JsonProcessingException e) {
            err.println(Texts.get("cli.import.json", e.getOriginalMessage()));
            return 1;
        }
    }

    static Map<String, Object> toJson(AppendixRow item, WorkingCalendar calendar) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("section", item.section());
        json.put("stt", item.stt());
        json.put("task", item.task());
        json.put("lead", item.lead());
        json.put("coordinators", item.coordinators());
        json.put("product", item.product());
        json.put("deadlineText", item.deadlineText());
        json.put("deadline", DeadlineJson.toMap(item.deadline(), calendar));
        json.put("leadAgencies", item.leadAgencies());
        json.put("coordinatorAgencies", item.coordinatorAgencies());
        json.put("problems", item.problems());
        json.put("sourceRow", item.sourceRow());
        if (!item.parentTask().isEmpty()) {
            json.put("parentTask", item.parentTask());
        }
        if (!item.objective().isEmpty()) {
            json.put("objective", item.objective());
        }
        return json;
    }

    private static void printSummary(ImportResult result, AgencyResolver resolver, PrintStream err) {
        err.println(Texts.get("cli.import.year", String.valueOf(result.year())));
        err.println(Texts.get("cli.import.directory", ConfiguredDirectory.describe(resolver.directory())));
        LeadCoverage coverage = LeadCoverage.of(result, resolver);
        err.println(Texts.get("cli.import.coverage", String.valueOf(coverage.resolved()),
                String.valueOf(coverage.items()), String.valueOf(coverage.percent())));
        err.println(Texts.get("cli.import.items", String.valueOf(result.items().size())));
        err.println(Texts.get("cli.import.problems", String.valueOf(result.problemCount())));
        result.problems().forEach(p -> err.println("  - " + p));
        err.println(Texts.get("cli.import.unresolved", String.valueOf(result.unresolvedPhrases().size()),
                String.join("; ", result.unresolvedPhrases())));
    }
}
