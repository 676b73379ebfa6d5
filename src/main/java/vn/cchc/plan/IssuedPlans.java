package vn.cchc.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Checks shared by the changes SNV makes to a plan in force: the plan is issued, dates typed in forms, reasons. */
final class IssuedPlans {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private IssuedPlans() {
    }

    static Plan require(Plans plans, String planId) {
        Plan plan = plans.find(planId).orElseThrow(
                () -> new PlanInputException("Không tìm thấy kế hoạch " + planId + "."));
        if (plan.status() != PlanStatus.ISSUED) {
            throw new PlanInputException("Kế hoạch " + planId + " chưa ban hành hoặc đã tổng kết (trạng thái "
                    + plan.status() + "): chỉ điều chỉnh được kế hoạch đang thực hiện; dự thảo thì nhập lại.");
        }
        return plan;
    }

    static PlanItem item(PlanItems items, String planId, int itemNo) {
        return items.find(planId, itemNo).orElseThrow(
                () -> new PlanInputException("Kế hoạch " + planId + " không có nhiệm vụ số " + itemNo + "."));
    }

    /** A day typed as {@code dd/MM/yyyy} (or {@code yyyy-MM-dd}); the message names the field. */
    static LocalDate date(String text, String field) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new PlanInputException(field + ": chưa nhập ngày (dd/MM/yyyy).");
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PlanInputException(field + ": \"" + value + "\" không phải là ngày hợp lệ (dd/MM/yyyy, ví dụ "
                    + "28/06/2024).");
        }
    }

    static String reason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new PlanInputException(field + ": chưa nhập; mỗi điều chỉnh kế hoạch cần ghi rõ lý do.");
        }
        return reason.trim();
    }
}
