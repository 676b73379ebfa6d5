package vn.cchc.reporting.par;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.UserInputException;
import vn.cchc.shared.UserInputException.Problem;
import vn.cchc.shared.Texts;

/**
 * Scores as officials write them in a form, one criterion a line: {@code <criterion id> | <score> | <evidence or
 * reason>}; lines starting with {@code #} are the pre-filled criterion names. Every faulty line is reported at once.
 */
final class ScoreSheet {

    record Line(String criterionId, BigDecimal score, String text) {
    }

    private ScoreSheet() {
    }

    /** Characters of a criterion's evidence or reason ({@code cchc_par_score.evidence}, {@code reason}). */
    static final int TEXT_LENGTH = 2000;

    /** Self-assessment: every criterion exactly once; evidence required for a score above zero. */
    static Map<String, Line> selfAssessment(String text, List<ParIndexProperties.Criterion> criteria) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Line> lines = read(text, criteria, problems, Texts.get("reporting.par.sheet.evidence"), false);
        for (ParIndexProperties.Criterion c : criteria) {
            if (!lines.containsKey(c.id())) {
                problems.add(Problem.of(null, "reporting.par.sheet.unscored", c.id(), c.name()));
            }
        }
        check(problems);
        return lines;
    }

    /** Appraisal adjustments of one area: only its criteria, each with its reason; blank means no adjustment. */
    static Map<String, Line> adjustments(String text, List<ParIndexProperties.Criterion> areaCriteria) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Line> lines = read(text, areaCriteria, problems, Texts.get("reporting.par.sheet.reason"), true);
        check(problems);
        return lines;
    }

    private static Map<String, Line> read(String text, List<ParIndexProperties.Criterion> criteria,
                                          List<Problem> problems, String textLabel, boolean textAlways) {
        Map<String, ParIndexProperties.Criterion> byId = new LinkedHashMap<>();
        criteria.forEach(c -> byId.put(c.id(), c));
        Map<String, Line> lines = new LinkedHashMap<>();
        String[] rows = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            int line = i + 1;
            String[] parts = row.split("\\|", -1);
            if (parts.length != 3) {
                problems.add(Problem.of(null, "reporting.par.sheet.format", line, textLabel));
                continue;
            }
            String id = parts[0].strip();
            ParIndexProperties.Criterion criterion = byId.get(id);
            if (criterion == null) {
                problems.add(Problem.of(null, "reporting.par.sheet.unknown", line, id));
                continue;
            }
            if (lines.containsKey(id)) {
                problems.add(Problem.of(null, "reporting.par.sheet.repeated", line, id));
                continue;
            }
            BigDecimal score = score(parts[1].strip());
            if (score == null || score.signum() < 0 || score.compareTo(criterion.maxScore()) > 0) {
                problems.add(Problem.of(null, "reporting.par.sheet.scoreRange", line, id,
                        criterion.maxScore().stripTrailingZeros().toPlainString(), parts[1].strip()));
                continue;
            }
            String note = parts[2].strip();
            if (note.isEmpty() && (textAlways || score.signum() > 0)) {
                problems.add(Problem.of(null, "reporting.par.sheet.noText", line, textLabel, id));
                continue;
            }
            if (note.length() > TEXT_LENGTH) {
                problems.add(Problem.of(null, "reporting.par.sheet.textTooLong", line, textLabel, id, note.length(),
                        TEXT_LENGTH));
                continue;
            }
            lines.put(id, new Line(id, score, note));
        }
        return lines;
    }

    private static BigDecimal score(String text) {
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void check(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new PlanInputException(UserInputException.UNPROCESSABLE, problems);
        }
    }
}
