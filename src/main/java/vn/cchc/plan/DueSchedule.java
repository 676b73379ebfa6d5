package vn.cchc.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.deadline.Deadline;
import vn.cchc.deadline.DeadlineKind;

/**
 * The due dates a deadline gives each responsible agency. Several dates ({@code multiple}: "Quý II, Quý IV/2024")
 * are milestones, one assignment each; any other kind has one due date, the last date of its phrase (a recurring or
 * ongoing task runs to the end of the year and is reported on in each periodic report). A per-agency deadline
 * ("Các sở, ban, ngành tỉnh, UBND cấp huyện: trước ngày 01/3/2024; UBND cấp xã: ...") gives the agencies of each
 * class as written their own dates; a lead agency that no class names gets no date and the item needs SNV's date.
 */
public final class DueSchedule {

    private DueSchedule() {
    }

    public static List<ItemDue> of(Deadline deadline, AgencyResolver resolver) {
        if (deadline.kind() != DeadlineKind.PER_AGENCY) {
            return milestones(null, deadline);
        }
        List<ItemDue> dues = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Map.Entry<String, Deadline> entry : deadline.byAgency().entrySet()) {
            for (String agencyId : resolver.resolve(entry.getKey()).agencyIds()) {
                if (!covered.contains(agencyId)) {
                    covered.add(agencyId);
                    dues.addAll(milestones(agencyId, entry.getValue()));
                }
            }
        }
        dues.add(new ItemDue(null, 1, null));
        return dues;
    }

    /** A single date for every agency (a date typed in the form, or the old single-date items). */
    public static List<ItemDue> single(LocalDate due) {
        return List.of(new ItemDue(null, 1, due));
    }

    /** The due dates of one agency: its own when the schedule names it, else those for every agency. */
    public static List<ItemDue> forAgency(List<ItemDue> dues, String agencyId) {
        List<ItemDue> own = dues.stream().filter(d -> agencyId.equals(d.agencyId())).toList();
        if (!own.isEmpty()) {
            return own;
        }
        List<ItemDue> common = dues.stream().filter(ItemDue::forEveryAgency).toList();
        return common.isEmpty() ? single(null) : common;
    }

    private static List<ItemDue> milestones(String agencyId, Deadline deadline) {
        if (deadline.kind() == DeadlineKind.MULTIPLE && deadline.dates().size() > 1) {
            List<LocalDate> dates = new ArrayList<>(deadline.dates());
            Collections.sort(dates);
            List<ItemDue> dues = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                dues.add(new ItemDue(agencyId, i + 1, dates.get(i)));
            }
            return dues;
        }
        return List.of(new ItemDue(agencyId, 1, deadline.lastDate().orElse(null)));
    }
}
