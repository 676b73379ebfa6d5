package vn.cchc.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.AgencyResolver;

/**
 * The items a draft plan would get, checked exactly as completing the draft step checks them ({@link ItemsJson}),
 * shown as the amendment preview shows new items ({@link ItemsPreview}: agencies by name, due dates per agency and
 * milestone, moved to a working day where the deployment would move them), numbered from 1. Writes nothing: the
 * draft page shows it before SNV saves the list.
 */
@Service
public class DraftItems {

    private final ItemsJson itemsJson;
    private final AgencyResolver resolver;
    private final PlanTaskStarter starter;

    DraftItems(ItemsJson itemsJson, AgencyResolver resolver, PlanTaskStarter starter) {
        this.itemsJson = itemsJson;
        this.resolver = resolver;
        this.starter = starter;
    }

    /** {@code json} in the draft form's format, not blank (a blank list would mean "the stored items"). */
    @Transactional(readOnly = true)
    public ItemsPreview preview(Plan plan, String json) {
        ItemsJson.Checked checked = itemsJson.check(plan.id(), plan.year(), json);
        return ItemsPreview.of(plan, 0, checked, checked.problems(), resolver.directory(), starter::effectiveDue);
    }
}
