package vn.cchc.importer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.importer.AgencyAliases;
import vn.cchc.importer.PlanImport;
import vn.cchc.plan.DraftItems;
import vn.cchc.plan.ItemsPreview;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.PlanStatus;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Messages;

/**
 * {@code /plans/{planId}/draft}: SNV drafts a plan's items in a table (task, lead, coordinators, product,
 * deadline) instead of typing JSON in the draft step's form, and may paste rows copied from Word or Excel. Posting
 * the page shows, for each row, the agencies its phrases name and the dates its deadline gets, checked as the draft
 * step will check them; {@code …/draft/save} stores the list as an import does ({@link PlanImport#importJson}, all or
 * nothing, the form's JSON field cleared), so completing the draft step with that field empty keeps it.
 */
@Controller
class DraftPage {

    private static final Logger LOG = LoggerFactory.getLogger(DraftPage.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The form field carrying the fingerprint of the items the page was opened on ({@link PlanItems#fingerprint}). */
    static final String EDITED_FROM = "itemsVersion";
    /** Empty rows under the list, to type new items in. */
    static final int BLANK_ROWS = 3;

    private final Plans plans;
    private final PlanItems items;
    private final PastedItems pasted;
    private final DraftItems draftItems;
    private final PlanImport planImport;
    private final AgencyAliases aliases;
    private final Messages messages;
    private final CalendarNotice calendarNotice;

    DraftPage(Plans plans, PlanItems items, PastedItems pasted, DraftItems draftItems, PlanImport planImport,
              AgencyAliases aliases, Messages messages, CalendarNotice calendarNotice) {
        this.plans = plans;
        this.items = items;
        this.pasted = pasted;
        this.draftItems = draftItems;
        this.planImport = planImport;
        this.aliases = aliases;
        this.messages = messages;
        this.calendarNotice = calendarNotice;
    }

    @GetMapping("/plans/{planId}/draft")
    String form(@PathVariable String planId, @RequestParam(required = false) Integer saved, Model model) {
        Plan plan = plan(planId);
        model.addAttribute("saved", saved);
        List<PlanItem> stored = items.findByPlan(planId);
        model.addAttribute(EDITED_FROM, PlanItems.fingerprint(stored));
        return page(plan, stored.stream().map(DraftRow::of).toList(), null, model);
    }

    @PostMapping("/plans/{planId}/draft")
    String preview(@PathVariable String planId, HttpServletRequest request, HttpServletResponse response,
                   Model model) {
        Plan plan = plan(planId);
        List<DraftRow> table = tableRows(request);
        List<DraftRow> rows = table;
        // the list stays the edit of the items the page was opened on
        model.addAttribute(EDITED_FROM, request.getParameter(EDITED_FROM));
        try {
            rows = withPasted(plan, table, request.getParameter("pasted"), model);
            ItemsPreview preview = check(plan, rows);
            if (!preview.canAdd()) {
                refusedLog(plan, "preview", preview.allProblems());
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            }
            return page(plan, rows, preview, model);
        } catch (PlanInputException e) {
            return refused(plan, rows, rows == table, "preview", e.problems(), request, response, model);
        }
    }

    @PostMapping("/plans/{planId}/draft/save")
    String save(@PathVariable String planId, HttpServletRequest request, HttpServletResponse response, Model model) {
        Plan plan = plan(planId);
        List<DraftRow> table = tableRows(request);
        List<DraftRow> rows = table;
        model.addAttribute(EDITED_FROM, request.getParameter(EDITED_FROM));
        try {
            rows = withPasted(plan, table, request.getParameter("pasted"), model);
            List<PlanItem> stored = planImport.importJson(planId, json(nonEmpty(rows)),
                    request.getParameter(EDITED_FROM));
            LOG.info("Draft items of plan {} saved by {}: {} items", planId, request.getRemoteUser(), stored.size());
            return "redirect:/plans/" + planId + "/draft?saved=" + stored.size();
        } catch (PlanImport.ChangedSince e) {
            // the user's rows stay on the page; saving them again replaces the list as it is now
            model.addAttribute(EDITED_FROM, e.now());
            String page = refused(plan, rows, rows == table, "save", e.problems(), request, response, model);
            response.setStatus(HttpStatus.CONFLICT.value());
            return page;
        } catch (PlanInputException e) {
            return refused(plan, rows, rows == table, "save", e.problems(), request, response, model);
        }
    }

    /**
     * The caller's rows refused: 422, one log line, the page with the reasons and (when it can) the preview. Pasted
     * text that was read is in the table now; text that could not be read stays in the paste box.
     */
    private String refused(Plan plan, List<DraftRow> rows, boolean pasteUnread, String step, List<String> problems,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        refusedLog(plan, step, problems);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("errors", problems);
        if (pasteUnread) {
            model.addAttribute("pasted", request.getParameter("pasted"));
        }
        ItemsPreview preview = rows.isEmpty() ? null : check(plan, rows);
        return page(plan, rows, preview, model);
    }

    private static void refusedLog(Plan plan, String step, List<String> problems) {
        LOG.info("Draft items of plan {} refused at {} ({} problems): {}", plan.id(), step, problems.size(),
                problems.isEmpty() ? "" : problems.get(0));
    }

    private ItemsPreview check(Plan plan, List<DraftRow> rows) {
        aliases.refresh();
        return draftItems.preview(plan, json(nonEmpty(rows)));
    }

    private String page(Plan plan, List<DraftRow> rows, ItemsPreview preview, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("preview", preview);
        model.addAttribute("blankRows", BLANK_ROWS);
        model.addAttribute("editable", plan.status() == PlanStatus.DRAFT || plan.status() == PlanStatus.IN_REVIEW);
        model.addAttribute("columns", PastedItems.COLUMNS.replace("\t", " | "));
        calendarNotice.addTo(model, plan.year());
        return "plans/draft";
    }

    /** The table's rows as posted (repeated fields, one value per row), empty rows left out. */
    static List<DraftRow> tableRows(HttpServletRequest request) {
        String[][] cells = {values(request, "section"), values(request, "stt"), values(request, "task"),
                values(request, "lead"), values(request, "coordinators"), values(request, "product"),
                values(request, "due"), values(request, "objective"), values(request, "parentTask")};
        int count = 0;
        for (String[] column : cells) {
            count = Math.max(count, column.length);
        }
        List<DraftRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DraftRow row = new DraftRow(cell(cells[0], i), cell(cells[1], i), cell(cells[2], i), cell(cells[3], i),
                    cell(cells[4], i), cell(cells[5], i), cell(cells[6], i), cell(cells[7], i), cell(cells[8], i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The table's rows followed by the pasted ones (read as the add-items page reads them). */
    private List<DraftRow> withPasted(Plan plan, List<DraftRow> rows, String text, Model model) {
        if (text == null || text.isBlank()) {
            return rows;
        }
        PastedItems.Pasted read = pasted.parse(text, plan.year(), messages.get("drafting.paste.label"));
        List<String> notes = new ArrayList<>(read.tableNotes());
        List<DraftRow> all = new ArrayList<>(rows);
        JsonNode list;
        try {
            list = JSON.readTree(read.json());
        } catch (JsonProcessingException e) {
            throw new PlanInputException(messages.get("drafting.paste.badJson", e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr()));
        }
        if (!list.isArray()) {
            throw new PlanInputException(messages.get("drafting.paste.notList"));
        }
        int entry = 0;
        for (JsonNode node : list) {
            all.add(new DraftRow(text(node, "section"), text(node, "stt"),
                    text(node, "task").isEmpty() ? text(node, "title") : text(node, "task"), text(node, "lead"),
                    text(node, "coordinators"), text(node, "product"),
                    text(node, "due").isEmpty() ? text(node, "deadline") : text(node, "due"),
                    text(node, "objective"), text(node, "parentTask")));
            for (String note : read.notes(entry)) {
                notes.add(messages.get("drafting.paste.note", all.size(), note));
            }
            entry++;
        }
        model.addAttribute("pasteNotes", notes);
        return all;
    }

    private List<DraftRow> nonEmpty(List<DraftRow> rows) {
        if (rows.isEmpty()) {
            throw new PlanInputException(messages.get("drafting.empty"));
        }
        return rows;
    }

    private String json(List<DraftRow> rows) {
        try {
            return JSON.writeValueAsString(rows.stream().map(DraftRow::entry).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText().strip()));
            return String.join("; ", parts);
        }
        return value.asText();
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String cell(String[] column, int i) {
        return i < column.length ? column[i] : "";
    }

    private Plan plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                messages.get("drafting.planNotFound", planId)));
    }
}
