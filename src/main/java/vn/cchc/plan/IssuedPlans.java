package vn.cchc.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.cchc.shared.DueDates;
import vn.cchc.shared.Texts;
import vn.cchc.shared.UserInputException.Problem;

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
        return issued(plans.named(planId));
    }

    /** As {@link #require}, the plan's row locked for a change ({@link Plans#lockNamed}). */
    static Plan requireForChange(Plans plans, String planId) {
        return issued(plans.lockNamed(planId));
    }

    private static Plan issued(Plan plan) {
        String planId = plan.id();
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

    /** Characters a reason or note keeps ({@code cchc_plan_amendment.reason}). */
    static final int TEXT_LIMIT = 2000;

    static String reason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw PlanInputException.field(field, "plan.reason.missing", label(field));
        }
        return bounded(reason.trim(), field);
    }

    /** A free text of a change (reason, note), at most {@link #TEXT_LIMIT} characters; null stays null. */
    static String bounded(String text, String field) {
        if (text != null && text.length() > TEXT_LIMIT) {
            throw PlanInputException.field(field, "plan.text.tooLong", label(field), text.length(), TEXT_LIMIT);
        }
        return text;
    }

    /** Years before and after the plan's own year that a date typed for its items may fall in. */
    static final int YEARS_BEFORE = 1;
    static final int YEARS_AFTER = 5;

    /**
     * A date typed for an item of the plan falls near the plan's year: a slip of the keyboard (1900, 9999) would
     * otherwise make the task overdue at once and send its escalations, or leave the working calendar.
     */
    static LocalDate nearPlanYear(LocalDate day, Plan plan, String field) {
        outsidePlan(day, plan, field, YEARS_BEFORE, YEARS_AFTER).ifPresent(problem -> {
            throw new PlanInputException(PlanInputException.UNPROCESSABLE, java.util.List.of(problem));
        });
        return day;
    }

    /** The problem of {@code day} when it is not within {@code before} and {@code after} years of the plan's. */
    static java.util.Optional<Problem> outsidePlan(LocalDate day, Plan plan, String field, int before, int after) {
        int from = plan.year() - before;
        int to = plan.year() + after;
        if (day.getYear() < from || day.getYear() > to) {
            return java.util.Optional.of(Problem.of(field, "plan.date.outsidePlan", label(field), DueDates.format(day),
                    plan.year(), from, to));
        }
        return java.util.Optional.empty();
    }

    static String label(String field) {
        return Texts.get("plan.field." + field);
    }
}
