package vn.cchc.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.UserInputException;
import vn.cchc.shared.UserInputException.Problem;

/**
 * The findings of a conclusion as SNV writes them, one a line: {@code <finding>} or {@code <finding> | <dd/mm/yyyy>}
 * when the conclusion sets its own remediation deadline; otherwise the default deadline applies.
 */
final class FindingParser {

    record ParsedFinding(String content, LocalDate dueDate) {
    }

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FindingParser() {
    }

    static List<ParsedFinding> parse(String text, LocalDate defaultDue, LocalDate today) {
        List<UserInputException.Problem> problems = new ArrayList<>();
        List<ParsedFinding> findings = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|");
            String content = parts[0].strip();
            LocalDate due = defaultDue;
            if (content.isEmpty()) {
                problems.add(Problem.of(null, "inspection.finding.noContent", i + 1));
                continue;
            }
            if (parts.length > 2) {
                problems.add(Problem.of(null, "inspection.finding.tooManyParts", i + 1));
                continue;
            }
            if (parts.length == 2) {
                try {
                    due = LocalDate.parse(parts[1].strip(), VN);
                } catch (DateTimeParseException e) {
                    problems.add(Problem.of(null, "inspection.finding.badDue", i + 1, parts[1].strip()));
                    continue;
                }
                if (!due.isAfter(today)) {
                    problems.add(Problem.of(null, "inspection.finding.dueNotAfter", i + 1));
                    continue;
                }
            }
            findings.add(new ParsedFinding(content, due));
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(UserInputException.UNPROCESSABLE, problems);
        }
        return findings;
    }
}
