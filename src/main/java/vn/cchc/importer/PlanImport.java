package vn.cchc.importer;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.plan.ItemsJson;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.Texts;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.PlanVariables;
import vn.cchc.plan.Plans;

/**
 * Imports a plan appendix (DOCX, XLSX, CSV or converted text) or a JSON item list into a plan still in draft or
 * review, in one transaction: the plan's items are replaced whole and the draft form's typed item list
 * ({@code itemsJson} of the plan's lifecycle) is cleared, so completing the draft with an empty list keeps the
 * imported items, checks them again and refuses while an agency phrase is unresolved (a real appendix is far
 * longer than the engine's 4000-character string variables). A file without a task table, or a row that cannot be stored,
 * changes nothing.
 */
@Service
public class PlanImport {

    private final Plans plans;
    private final PlanItems items;
    private final ItemsJson itemsJson;
    private final AgencyResolver resolver;
    private final AgencyAliases aliases;
    private final RuntimeService runtime;
    private final ReaderLimits limits;

    PlanImport(Plans plans, PlanItems items, ItemsJson itemsJson, AgencyResolver resolver, AgencyAliases aliases,
               RuntimeService runtime, ReaderLimits limits) {
        this.plans = plans;
        this.items = items;
        this.itemsJson = itemsJson;
        this.resolver = resolver;
        this.aliases = aliases;
        this.runtime = runtime;
        this.limits = limits;
    }

    /** Reads the file and shows what would be imported (and the year its title names); writes nothing. */
    public ImportPreview preview(String planId, byte[] content, String fileName) {
        return preview(planId, content, fileName, CellCorrections.NONE);
    }

    /**
     * Reads the file with SNV's corrections of cells put in ({@link CellCorrections}) and shows what would be
     * imported; writes nothing.
     */
    public ImportPreview preview(String planId, byte[] content, String fileName, CellCorrections corrections) {
        return preview(editable(plans.named(planId)), content, fileName, corrections);
    }

    private ImportPreview preview(Plan plan, byte[] content, String fileName, CellCorrections corrections) {
        String planId = plan.id();
        aliases.refresh();
        SourceDocument document = SourceDocument.read(content, fileName, limits);
        ImportResult result = new AppendixImporter(resolver, limits).importRows(document.rows(), plan.year(),
                corrections);
        List<PlanItem> converted = ImportedItems.toPlanItems(planId, result.items(), resolver);
        return ImportPreview.of(plan, fileName, result, converted, resolver,
                AppendixImporter.detectYear(document.text()).orElse(null));
    }

    /** Replaces the plan's items with the file's; returns the preview of what was written. */
    @Transactional
    public ImportPreview importFile(String planId, byte[] content, String fileName) {
        return importFile(planId, content, fileName, CellCorrections.NONE);
    }

    /** Replaces the plan's items with the file's, SNV's corrections of cells put in; all or nothing. */
    @Transactional
    public ImportPreview importFile(String planId, byte[] content, String fileName, CellCorrections corrections) {
        ImportPreview preview = preview(editable(plans.lockNamed(planId)), content, fileName, corrections);
        if (!preview.canImport()) {
            throw new PlanInputException(preview.failures());
        }
        List<PlanItem> converted = ImportedItems.toPlanItems(planId, preview.result().items(), resolver);
        store(planId, converted);
        return preview;
    }

    /** Replaces the plan's items with a JSON list in the format of the draft form; all or nothing. */
    @Transactional
    public List<PlanItem> importJson(String planId, String json) {
        return importJson(planId, json, null);
    }

    /**
     * As {@link #importJson(String, String)}, for a list edited from the items whose {@link PlanItems#fingerprint}
     * is {@code editedFrom} (the draft page): refused with {@link ChangedSince} when the plan's items are no longer
     * those, unless the list is what they already are (the same save sent twice).
     */
    @Transactional
    public List<PlanItem> importJson(String planId, String json, String editedFrom) {
        Plan plan = editable(plans.lockNamed(planId));
        aliases.refresh();
        List<PlanItem> read = itemsJson.read(planId, plan.year(), json);
        if (editedFrom != null && !editedFrom.isBlank()) {
            String now = PlanItems.fingerprint(items.findByPlan(planId));
            if (!now.equals(editedFrom) && !now.equals(PlanItems.fingerprint(read))) {
                throw new ChangedSince(planId, now);
            }
        }
        store(planId, read);
        return read;
    }

    /** The plan's items changed after the page the list was edited on was opened; {@link #now()} is their fingerprint. */
    public static final class ChangedSince extends PlanInputException {

        private final String now;

        private ChangedSince(String planId, String now) {
            super(CONFLICT, List.of(Problem.of("items", "importer.draft.changedSince", planId)));
            this.now = now;
        }

        public String now() {
            return now;
        }
    }

    private void store(String planId, List<PlanItem> converted) {
        items.replaceAll(planId, converted);
        ProcessInstance lifecycle = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanVariables.PROCESS_KEY).processInstanceBusinessKey(planId).active()
                .singleResult();
        if (lifecycle != null) {
            runtime.setVariable(lifecycle.getId(), PlanVariables.ITEMS_JSON, null);
        }
    }

    private static Plan editable(Plan plan) {
        String planId = plan.id();
        if (plan.status() != PlanStatus.DRAFT && plan.status() != PlanStatus.IN_REVIEW) {
            throw PlanInputException.conflict("importer.plan.notDraft", planId,
                    Texts.get("plan.status." + plan.status()));
        }
        return plan;
    }
}
