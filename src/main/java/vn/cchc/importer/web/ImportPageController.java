package vn.cchc.importer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.importer.AgencyAliases;
import vn.cchc.importer.CellCorrections;
import vn.cchc.importer.ImportException;
import vn.cchc.importer.ImportPreview;
import vn.cchc.importer.ImportUploads;
import vn.cchc.importer.PlanImport;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanInputException;
import vn.cchc.plan.Plans;
import vn.cchc.shared.Messages;
import vn.cchc.shared.Texts;

/**
 * The import pages of a plan in draft: upload the appendix, check the preview (map unresolved agency phrases
 * there, correct a row's task, lead agency or deadline cell), confirm. {@code /plans/{planId}/import}. Corrections
 * travel with the form (review, then confirm) and are read again by the import itself at confirmation.
 */
@Controller
class ImportPageController {

    private static final Logger LOG = LoggerFactory.getLogger(ImportPageController.class);

    private final Plans plans;
    private final PlanImport planImport;
    private final ImportUploads uploads;
    private final AgencyAliases aliases;
    private final AgencyResolver resolver;
    private final CorrectionForm correctionForm;
    private final Messages messages;
    private final CalendarNotice calendarNotice;

    ImportPageController(Plans plans, PlanImport planImport, ImportUploads uploads, AgencyAliases aliases,
                         AgencyResolver resolver, CorrectionForm correctionForm, Messages messages,
                         CalendarNotice calendarNotice) {
        this.plans = plans;
        this.planImport = planImport;
        this.uploads = uploads;
        this.aliases = aliases;
        this.resolver = resolver;
        this.correctionForm = correctionForm;
        this.messages = messages;
        this.calendarNotice = calendarNotice;
    }

    @GetMapping("/plans/{planId}/import")
    String uploadForm(@PathVariable String planId, Model model) {
        model.addAttribute("plan", plan(planId));
        return "importing/upload";
    }

    @PostMapping("/plans/{planId}/import")
    String upload(@PathVariable String planId, @RequestParam("file") MultipartFile file, HttpServletRequest request,
                  Model model) throws IOException {
        Plan plan = plan(planId);
        if (file.isEmpty()) {
            return uploadError(model, plan, List.of(Texts.get("importer.upload.empty")));
        }
        String id = uploads.save(planId, file.getOriginalFilename(), file.getBytes(), user(request));
        return "redirect:/plans/" + planId + "/import/" + id;
    }

    @GetMapping("/plans/{planId}/import/{uploadId}")
    String preview(@PathVariable String planId, @PathVariable String uploadId, Model model,
                   HttpServletResponse response) {
        return preview(planId, uploadId, new LinkedMultiValueMap<>(), model, response);
    }

    /** The preview again with the cells SNV corrected on the page (nothing is written). */
    @PostMapping("/plans/{planId}/import/{uploadId}/review")
    String review(@PathVariable String planId, @PathVariable String uploadId,
                  @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        return preview(planId, uploadId, form, model, response);
    }

    private String preview(String planId, String uploadId, MultiValueMap<String, String> form, Model model,
                           HttpServletResponse response) {
        Plan plan = plan(planId);
        ImportUploads.Upload upload = upload(planId, uploadId);
        try {
            ImportPreview preview = planImport.preview(planId, upload.content(), upload.fileName());
            model.addAttribute("asRead", preview);
            CellCorrections corrections = correctionForm.read(preview, form);
            if (!corrections.isEmpty()) {
                preview = planImport.preview(planId, upload.content(), upload.fileName(), corrections);
                model.addAttribute("correctedNote", messages.get("importer.correction.applied", corrections.count()));
            }
            model.addAttribute("preview", preview);
            model.addAttribute("uploadId", uploadId);
            model.addAttribute("agencies", resolver.directory().all());
            calendarNotice.addTo(model, plan.year());
            return "importing/preview";
        } catch (ImportException e) {
            return refused(model, plan, List.of(e.getMessage()), response);
        } catch (PlanInputException e) {
            return refused(model, plan, e.problems(), response);
        }
    }

    @PostMapping("/plans/{planId}/import/{uploadId}/alias")
    String mapPhrase(@PathVariable String planId, @PathVariable String uploadId, @RequestParam String phrase,
                     @RequestParam(name = "agencyIds", required = false) List<String> agencyIds,
                     HttpServletRequest request, Model model, HttpServletResponse response) {
        upload(planId, uploadId);
        try {
            aliases.add(phrase, agencyIds == null ? List.of() : agencyIds, user(request));
        } catch (PlanInputException e) {
            model.addAttribute("aliasErrors", e.problems());
            return preview(planId, uploadId, model, response);
        }
        return "redirect:/plans/" + planId + "/import/" + uploadId;
    }

    @PostMapping("/plans/{planId}/import/{uploadId}/confirm")
    String confirm(@PathVariable String planId, @PathVariable String uploadId,
                   @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        Plan plan = plan(planId);
        ImportUploads.Upload upload = upload(planId, uploadId);
        try {
            CellCorrections corrections = !CorrectionForm.hasCells(form) ? CellCorrections.NONE
                    : correctionForm.read(planImport.preview(planId, upload.content(), upload.fileName()), form);
            ImportPreview written = planImport.importFile(planId, upload.content(), upload.fileName(), corrections);
            uploads.deleteOfPlan(planId);
            model.addAttribute("preview", written);
            return "importing/done";
        } catch (ImportException e) {
            return refused(model, plan, List.of(e.getMessage()), response);
        } catch (PlanInputException e) {
            return refused(model, plan, e.problems(), response);
        }
    }

    /** A file or rows the import refuses: the upload page with the reasons, 422 (the caller's file, not a fault). */
    private String refused(Model model, Plan plan, List<String> errors, HttpServletResponse response) {
        LOG.info("Import refused for plan {} ({} reasons): {}", plan.id(), errors.size(),
                errors.isEmpty() ? "" : errors.get(0));
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return uploadError(model, plan, errors);
    }

    private String uploadError(Model model, Plan plan, List<String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        return "importing/upload";
    }

    private Plan plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.get("importer.plan.notFound", planId)));
    }

    private ImportUploads.Upload upload(String planId, String uploadId) {
        return uploads.find(planId, uploadId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.get("importer.upload.notFound")));
    }

    private static String user(HttpServletRequest request) {
        return request.getRemoteUser();
    }
}
