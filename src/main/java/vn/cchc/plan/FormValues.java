package vn.cchc.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException.Problem;

/**
 * Reads what an official entered in a form, collecting a coded problem for every missing or malformed field (the
 * field is the form's variable, its label the bundle key {@code plan.field.<variable>}), so one completion attempt
 * reports all of them at once.
 */
final class FormValues {

    private final VariableScope scope;
    private final List<Problem> problems = new ArrayList<>();

    FormValues(VariableScope scope) {
        this.scope = scope;
    }

    String text(String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            problems.add(Problem.of(name, "plan.form.missing", label(name)));
            return null;
        }
        return value.toString().trim();
    }

    /**
     * {@link #text(String)}, with a problem when it is longer than {@code max} characters: the application's column
     * that keeps it is that narrow (the form declares the same {@code maxLength}).
     */
    String text(String name, int max) {
        return bounded(name, text(name), max);
    }

    String optionalText(String name, int max) {
        return bounded(name, optionalText(name), max);
    }

    private String bounded(String name, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(Problem.of(name, "plan.text.tooLong", label(name), text.length(), max));
            return null;
        }
        return text;
    }

    String optionalText(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    Integer number(String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(text(name));
        } catch (NumberFormatException e) {
            problems.add(Problem.of(name, "plan.form.notNumber", label(name)));
            return null;
        }
    }

    LocalDate date(String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date d) {
            return d.toInstant().atZone(DueDates.ZONE).toLocalDate();
        }
        String text = value == null ? null : value.toString().trim();
        if (text == null || text.isEmpty()) {
            problems.add(Problem.of(name, "plan.form.missing", label(name)));
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(name, "plan.form.invalidDate", label(name), text));
            return null;
        }
    }

    /**
     * A problem when a date of the plan's own record (its proposal, its decision) is not within two years before
     * the plan's year and the year after it: a slip of the keyboard (1900, 9999) would otherwise hold back every due
     * date of the plan as "before the decision" or none.
     */
    void near(String name, LocalDate day, Plan plan) {
        IssuedPlans.outsidePlan(day, plan, name, 2, 1).ifPresent(problems::add);
    }

    /** A problem when {@code year} is not a year the working calendar knows. */
    void plausibleYear(String name, Integer year) {
        if (year != null && !vn.cchc.deadline.DeadlineParser.plausibleYear(year)) {
            problems.add(Problem.of(name, "plan.form.implausibleYear", label(name), year));
        }
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    /** A problem found by the caller about {@code field}: its sentence is {@code code} in the bundle. */
    void problem(String field, String code, Object... args) {
        problems.add(Problem.of(field, code, args));
    }

    private static String label(String name) {
        return Texts.get("plan.field." + name);
    }

    /** Throws a {@link PlanInputException} listing every problem found so far. */
    void check() {
        if (!problems.isEmpty()) {
            throw new PlanInputException(PlanInputException.UNPROCESSABLE, problems);
        }
    }
}
