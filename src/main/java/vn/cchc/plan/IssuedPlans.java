package vn.cchc.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.cchc.shared.Texts;

/**
 * Checks shared by the changes SNV makes to a plan in force: the plan is issued, dates typed in forms, reasons. A
 * field is named by its form name; its label is the bundle key {@code plan.field.<name>}.
 */
final class IssuedPlans {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private IssuedPlans() {
    }

    static Plan require(Plans plans, String planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> PlanInputException.notFound("plan.notFound", planId));
        if (plan.status() != PlanStatus.ISSUED) {
            throw PlanInputException.conflict("plan.notIssued", planId, Texts.get("plan.status." + plan.status()));
        }
        return plan;
    }

    static PlanItem item(PlanItems items, String planId, int itemNo) {
        return items.find(planId, itemNo).orElseThrow(
                () -> PlanInputException.notFound("plan.item.notFound", planId, itemNo));
    }

    /** A day typed as {@code dd/MM/yyyy} (or {@code yyyy-MM-dd}); the message names the field. */
    static LocalDate date(String text, String field) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw PlanInputException.field(field, "plan.date.missing", label(field));
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw PlanInputException.field(field, "plan.date.invalid", label(field), value);
        }
    }

    static String reason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw PlanInputException.field(field, "plan.reason.missing", label(field));
        }
        return reason.trim();
    }

    static String label(String field) {
        return Texts.get("plan.field." + field);
    }
}
