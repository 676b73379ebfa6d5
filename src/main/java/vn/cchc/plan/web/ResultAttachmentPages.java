package vn.cchc.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanItem;
import vn.cchc.plan.PlanItems;
import vn.cchc.plan.Plans;
import vn.cchc.plan.attachment.AttachmentRefusal;
import vn.cchc.plan.attachment.ResultAttachment;
import vn.cchc.plan.attachment.ResultFiles;
import vn.cchc.shared.web.AttachmentHeader;

/**
 * The files of one agency's task of a plan ({@code /plans/{planId}/tasks/{taskInstanceId}/attachments}, the task's
 * {@code planTask} process instance id): the agency attaches its evidence here while the task is at its step
 * "Thực hiện nhiệm vụ" (the form links this page), SNV and the agency download them (SNV's review form links each
 * file). Who may do what: {@link ResultFiles}. A refusal is the page (or a plain text for a download) with its 4xx
 * and the Vietnamese reason, logged as one line.
 */
@Controller
class ResultAttachmentPages {

    private static final Logger LOG = LoggerFactory.getLogger(ResultAttachmentPages.class);
    private static final String BASE = "/plans/{planId}/tasks/{taskInstanceId}/attachments";

    private final ResultFiles files;
    private final Plans plans;
    private final PlanItems items;
    private final AgencyDirectory agencies;

    ResultAttachmentPages(ResultFiles files, Plans plans, PlanItems items, AgencyDirectory agencies) {
        this.agencies = agencies;
        this.files = files;
        this.plans = plans;
        this.items = items;
    }

    @GetMapping(BASE)
    String page(@PathVariable String planId, @PathVariable String taskInstanceId,
                @RequestParam(required = false) String done, Authentication user, Model model) {
        ResultFiles.TaskRef task = files.task(planId, taskInstanceId);
        List<ResultAttachment> list = files.list(task, user);
        Plan plan = plans.find(planId).orElseThrow();
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("taskText", items.find(planId, task.itemNo()).map(PlanItem::task).orElse(""));
        model.addAttribute("agencyName", agencies.byId(task.agencyId()).map(Agency::name).orElse(task.agencyId()));
        model.addAttribute("files", list);
        model.addAttribute("access", files.access(task, user));
        model.addAttribute("open", files.open(task));
        model.addAttribute("done", done);
        return "plans/attachments";
    }

    @PostMapping(BASE)
    String upload(@PathVariable String planId, @PathVariable String taskInstanceId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
                  RedirectAttributes redirect) throws IOException {
        ResultFiles.TaskRef task = files.task(planId, taskInstanceId);
        ResultAttachment stored = files.attach(task, user, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes());
        LOG.info("Result file attached: plan {} task {} '{}' ({} bytes) by {}", planId, taskInstanceId,
                stored.fileName(), stored.sizeBytes(), user.getName());
        redirect.addAttribute("done", "attached");
        return "redirect:" + task.path();
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable String planId, @PathVariable String taskInstanceId, @PathVariable long id,
                  Authentication user, RedirectAttributes redirect) {
        ResultFiles.TaskRef task = files.task(planId, taskInstanceId);
        ResultAttachment removed = files.remove(task, id, user);
        LOG.info("Result file removed: plan {} task {} '{}' by {}", planId, taskInstanceId, removed.fileName(),
                user.getName());
        redirect.addAttribute("done", "removed");
        return "redirect:" + task.path();
    }

    @GetMapping(BASE + "/{id}")
    ResponseEntity<byte[]> download(@PathVariable String planId, @PathVariable String taskInstanceId,
                                    @PathVariable long id, Authentication user) {
        ResultFiles.TaskRef task = files.task(planId, taskInstanceId);
        ResultFiles.Download d = files.download(task, id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.file().contentType()))
                .contentLength(d.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentHeader.of(d.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(d.content());
    }

    /** A refused request: its status and reason on a small page, one log line. */
    @ExceptionHandler(AttachmentRefusal.class)
    String refused(AttachmentRefusal e, Authentication user, HttpServletResponse response, Model model) {
        LOG.info("Result files: refused ({}) for {}: {}", e.status(), user == null ? "?" : user.getName(),
                e.getMessage());
        response.setStatus(e.status());
        model.addAttribute("message", e.getMessage());
        return "plans/attachment-refused";
    }
}
