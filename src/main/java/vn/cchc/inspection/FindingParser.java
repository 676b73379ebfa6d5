package vn.cchc.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.plan.PlanInputException;

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
        List<String> problems = new ArrayList<>();
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
                problems.add("Tồn tại dòng " + (i + 1) + ": chưa ghi nội dung.");
                continue;
            }
            if (parts.length > 2) {
                problems.add("Tồn tại dòng " + (i + 1) + ": chỉ ghi \"nội dung | hạn khắc phục\".");
                continue;
            }
            if (parts.length == 2) {
                try {
                    due = LocalDate.parse(parts[1].strip(), VN);
                } catch (DateTimeParseException e) {
                    problems.add("Tồn tại dòng " + (i + 1) + ": hạn khắc phục \"" + parts[1].strip()
                            + "\" không phải ngày dd/mm/yyyy.");
                    continue;
                }
                if (!due.isAfter(today)) {
                    problems.add("Tồn tại dòng " + (i + 1) + ": hạn khắc phục phải sau ngày kết luận.");
                    continue;
                }
            }
            findings.add(new ParsedFinding(content, due));
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
        return findings;
    }
}
