package vn.cchc.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.cchc.shared.DueDates;

/**
 * Reads what an official entered in a form, collecting a Vietnamese message for every missing or malformed field,
 * so one completion attempt reports all of them at once.
 */
final class FormValues {

    private final VariableScope scope;
    private final List<String> problems = new ArrayList<>();

    FormValues(VariableScope scope) {
        this.scope = scope;
    }

    String text(String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            problems.add("Chưa nhập \"" + label + "\".");
            return null;
        }
        return value.toString().trim();
    }

    String optionalText(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    Integer number(String name, String label) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(text(name, label));
        } catch (NumberFormatException e) {
            problems.add("\"" + label + "\" phải là một số.");
            return null;
        }
    }

    LocalDate date(String name, String label) {
        Object value = scope.getVariable(name);
        if (value instanceof Date d) {
            return d.toInstant().atZone(DueDates.ZONE).toLocalDate();
        }
        String text = value == null ? null : value.toString().trim();
        if (text == null || text.isEmpty()) {
            problems.add("Chưa nhập \"" + label + "\".");
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add("\"" + label + "\" không phải ngày hợp lệ (dd/mm/yyyy): " + text + ".");
            return null;
        }
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }

    void problem(String message) {
        problems.add(message);
    }

    /** Throws a {@link PlanInputException} listing every problem found so far. */
    void check() {
        if (!problems.isEmpty()) {
            throw new PlanInputException(problems);
        }
    }
}
