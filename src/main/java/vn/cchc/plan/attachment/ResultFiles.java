package vn.cchc.plan.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.cchc.plan.Assignments;
import vn.cchc.plan.PlanSummaries;
import vn.cchc.shared.VietnamTime;

/**
 * The files an agency attaches to its result of one plan task ({@code planTask} instance), and who may do what with
 * them: the agency that carries out the task attaches and removes files while the task is at its step "Thực hiện
 * nhiệm vụ" (not once it is with SNV for review, nor after), and reads them; SNV (specialists, director) and
 * administrators read them; nobody else, other agencies included. The chain lets only SNV, administrators and
 * agency staff reach the pages at all; which agency is decided here, from the assignment.
 */
@Service
public class ResultFiles {

    static final int MAX_NAME = 200;
    private static final Set<String> READERS = Set.of("snv-specialist", "snv-director", "camunda-admin");
    private static final Set<String> AGENCY_STAFF = Set.of("agency-official", "agency-head");
    private static final String EXECUTE_STEP = "executeTask";

    private final ResultAttachments store;
    private final Assignments assignments;
    private final TaskService tasks;
    private final long maxBytes;

    ResultFiles(ResultAttachments store, Assignments assignments, TaskService tasks,
                @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
        this.store = store;
        this.assignments = assignments;
        this.tasks = tasks;
        this.maxBytes = maxFileSize.toBytes();
    }

    /** One agency's task of a plan, as the pages address it: the plan and the task's process instance id. */
    public record TaskRef(String planId, String taskInstanceId, String assignmentId, String agencyId, int itemNo) {

        /** The page of the task's files. */
        public String path() {
            return "/plans/" + planId + "/tasks/" + taskInstanceId + "/attachments";
        }
    }

    /** What {@code user} may do with the files of {@code task}. */
    public record Access(boolean read, boolean attach) {
    }

    /** The task, or a 404 refusal when the plan has no such task. */
    public TaskRef task(String planId, String taskInstanceId) {
        return assignments.ofPlan(planId).stream().filter(a -> taskInstanceId.equals(a.processInstanceId()))
                .findFirst()
                .map(a -> new TaskRef(planId, taskInstanceId, a.id(), a.agencyId(), a.itemNo()))
                .orElseThrow(() -> new AttachmentRefusal(404,
                        "attachment.taskNotFound", taskInstanceId, planId));
    }

    public Access access(TaskRef task, Authentication user) {
        Set<String> groups = groups(user);
        boolean ownAgency = groups.contains(task.agencyId()) && groups.stream().anyMatch(AGENCY_STAFF::contains);
        boolean snv = groups.stream().anyMatch(READERS::contains);
        return new Access(ownAgency || snv, ownAgency && open(task));
    }

    /** Whether the agency's step "Thực hiện nhiệm vụ" is open, the only time files may be added or removed. */
    public boolean open(TaskRef task) {
        return tasks.createTaskQuery().processInstanceId(task.taskInstanceId()).taskDefinitionKey(EXECUTE_STEP)
                .count() > 0;
    }

    public List<ResultAttachment> list(TaskRef task, Authentication user) {
        requireRead(task, user);
        return store.ofTask(task.taskInstanceId());
    }

    /** The file and its content, for a reader of the task. */
    public Download download(TaskRef task, long id, Authentication user) {
        requireRead(task, user);
        ResultAttachment file = store.find(task.taskInstanceId(), id)
                .orElseThrow(() -> new AttachmentRefusal(404, "attachment.fileNotFound"));
        return new Download(file, store.content(file.id()));
    }

    public record Download(ResultAttachment file, byte[] content) {
    }

    /** Checks and stores a file the agency attaches. @return the stored file */
    @Transactional
    public ResultAttachment attach(TaskRef task, Authentication user, String originalName, byte[] content) {
        requireAttach(task, user);
        String name = fileName(originalName);
        if (content == null || content.length == 0) {
            throw new AttachmentRefusal(422, "attachment.empty");
        }
        if (content.length > maxBytes) {
            throw new AttachmentRefusal(413, "attachment.tooLarge", name, maxBytes / (1024 * 1024));
        }
        ResultFileType type = ResultFileType.detect(content)
                .orElseThrow(() -> new AttachmentRefusal(415, "attachment.badType", name));
        if (!type.fitsName(name)) {
            throw new AttachmentRefusal(415, "attachment.nameMismatch", name, type.name());
        }
        ResultAttachment file = new ResultAttachment(0, task.planId(), task.taskInstanceId(), task.assignmentId(),
                task.agencyId(), name, type.contentType(), content.length, user.getName(), VietnamTime.now());
        store.add(file, sha256(content), content);
        return file;
    }

    /** Removes a file the agency attached by mistake, while the task is still at the agency. */
    @Transactional
    public ResultAttachment remove(TaskRef task, long id, Authentication user) {
        requireAttach(task, user);
        ResultAttachment file = store.find(task.taskInstanceId(), id)
                .orElseThrow(() -> new AttachmentRefusal(404, "attachment.fileNotFound"));
        store.delete(file.id());
        return file;
    }

    /** The files of a task as a Markdown list of download links (the forms), or null when there are none. */
    public String markdownList(TaskRef task) {
        List<ResultAttachment> files = store.ofTask(task.taskInstanceId());
        if (files.isEmpty()) {
            return null;
        }
        return files.stream().map(f -> "- [" + PlanSummaries.escape(f.fileName()) + "](" + task.path() + "/" + f.id()
                + ") (" + f.sizeText() + ")").collect(Collectors.joining("\n"));
    }

    private void requireRead(TaskRef task, Authentication user) {
        if (!access(task, user).read()) {
            throw new AttachmentRefusal(403, "attachment.forbidden");
        }
    }

    private void requireAttach(TaskRef task, Authentication user) {
        Set<String> groups = groups(user);
        if (!groups.contains(task.agencyId()) || groups.stream().noneMatch(AGENCY_STAFF::contains)) {
            throw new AttachmentRefusal(403, "attachment.attachForbidden");
        }
        if (!open(task)) {
            throw new AttachmentRefusal(409, "attachment.closed");
        }
    }

    /** The name as the browser sent it, without any folder part, trimmed; refused if empty or too long. */
    private String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip().replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            throw new AttachmentRefusal(422, "attachment.empty");
        }
        if (name.length() > MAX_NAME) {
            throw new AttachmentRefusal(422, "attachment.nameTooLong", MAX_NAME);
        }
        return name;
    }

    private static Set<String> groups(Authentication user) {
        return user == null ? Set.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
