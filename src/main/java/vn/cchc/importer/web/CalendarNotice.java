package vn.cchc.importer.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.cchc.deadline.WorkingCalendar;
import vn.cchc.shared.Messages;

/**
 * The pages where SNV checks a plan's deadlines (the import preview, the draft table) say so when the plan's year
 * has no official Tết break yet (no {@code config/calendar/<year>.yml}, or one that does not replace {@code tet}):
 * its days off are then the Labour Code's computed defaults (a five-day Tết, no swapped days), so a due date that
 * falls in the real break would be moved to the wrong working day at issuance. Drafting the next year's plan in the
 * autumn, before the Ministry's notice is out, is the usual case.
 */
@Component
class CalendarNotice {

    static final String ATTRIBUTE = "calendarNotice";

    private final WorkingCalendar calendar;
    private final Messages messages;

    CalendarNotice(WorkingCalendar calendar, Messages messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    void addTo(Model model, int planYear) {
        if (!calendar.year(planYear).hasOfficialTet()) {
            model.addAttribute(ATTRIBUTE, messages.get("importer.calendar.unconfirmed", String.valueOf(planYear)));
        }
    }
}
