package vn.cchc.system.security;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.shared.UserInputException;

/**
 * Engine commands that are not part of this application's processes, closed to every user but administrators
 * ({@link EngineGuards} calls this for the command a caller sent, by any path), each with the sentence that says
 * where the thing is done instead. The engine lets a user send them on a permission held for something else
 * (TASK_WORK, which every agency has on its own tasks; CREATE_INSTANCE, SNV's to start a plan; ALL on one's own
 * account), or checks nothing at all (7.24):
 * <ul>
 * <li><b>The engine's own attachments.</b> An agency's result files are kept, checked and shown by
 * {@code plan.attachment.ResultFiles} (the task's files page, linked from its form), which knows at which step files
 * may be added and by whom. The attachment commands check no permission: whoever can name a task could store files
 * of up to the request bound on it, outside those checks, and read any attachment by its id.</li>
 * <li><b>A BPMN error or escalation thrown from a task</b> ({@code POST /task/{id}/bpmnError|bpmnEscalation}). No
 * process here catches one: the engine ended the task's execution without a trace for an uncaught error (the task
 * left the Tasklist, its assignment never reported — also closed for every caller by
 * {@code enableExceptionsAfterUnhandledBpmnError}), and both commands set the variables they carry past the step's
 * form.</li>
 * <li><b>A process started anywhere but at its start</b>: a start with instructions
 * ({@code POST /process-definition/key/{key}/start} with {@code startInstructions}) or a restart of ended instances
 * ({@code /process-definition/{id}/restart}). The permission to start a plan (CREATE_INSTANCE, SNV's specialists)
 * covered both: a specialist could begin a plan at the leader's approval or at its issuance, past drafting and
 * appraisal, with any variables (past the start form) and without the processes' listeners. A process starts at its
 * start event, with its start form.</li>
 * <li><b>"Resolve"</b> ({@code POST /task/{id}/resolve}) of a task nobody delegated: no process delegates, and on
 * an undelegated task it hands the task back to its owner (nobody), the unassignment only administrators make.</li>
 * </ul>
 * And commands open only in the webapps' own way:
 * <ul>
 * <li><b>A claim is for oneself.</b> The engine lets whoever may work on a task claim it for any user id, and for
 * none ({@code POST /task/{id}/claim} with another user, or {@code null}): an official could hand their task to a
 * user of another agency — who, as its assignee, was then granted the task and its variables — or take a
 * colleague's task back to nobody, the assignments only administrators make
 * ({@code defaultUserPermissionNameForTask: TASK_WORK}).</li>
 * <li><b>One's own account: the password only.</b> The engine grants every user ALL on their own user, so an
 * official could change the name others see and the e-mail address their reminders and escalations go to (outside
 * the province's mail), or delete their own account (the tasks they had claimed left with a user who no longer
 * exists). A user changes their password (the webapps' profile page); name, e-mail and deletion are the
 * administrators' (or the directory's, with LDAP).</li>
 * </ul>
 * <p>
 * The REST API answers some of these commands' engine exceptions with a 400 of its own ("Task id is null"); the
 * refusal is recorded for {@link EngineMessages}, which puts its sentence back.
 */
final class ClosedCommands {

    private static final Logger LOG = LoggerFactory.getLogger(ClosedCommands.class);
    private static final String ATTACHMENTS = "security.attachment.useFilesPage";
    private static final Map<Class<?>, String> REASONS = Map.ofEntries(
            Map.entry(CreateAttachmentCmd.class, ATTACHMENTS), Map.entry(SaveAttachmentCmd.class, ATTACHMENTS),
            Map.entry(DeleteAttachmentCmd.class, ATTACHMENTS), Map.entry(GetAttachmentCmd.class, ATTACHMENTS),
            Map.entry(GetAttachmentContentCmd.class, ATTACHMENTS), Map.entry(GetTaskAttachmentCmd.class, ATTACHMENTS),
            Map.entry(GetTaskAttachmentContentCmd.class, ATTACHMENTS),
            Map.entry(GetTaskAttachmentsCmd.class, ATTACHMENTS),
            Map.entry(GetProcessInstanceAttachmentsCmd.class, ATTACHMENTS),
            Map.entry(HandleTaskBpmnErrorCmd.class, "security.task.noErrorOrEscalation"),
            Map.entry(HandleTaskEscalationCmd.class, "security.task.noErrorOrEscalation"),
            Map.entry(ResolveTaskCmd.class, "security.task.notDelegated"),
            Map.entry(StartProcessInstanceAtActivitiesCmd.class, "security.process.startAtTheStart"),
            Map.entry(RestartProcessInstancesCmd.class, "security.process.startAtTheStart"),
            Map.entry(RestartProcessInstancesBatchCmd.class, "security.process.startAtTheStart"),
            Map.entry(DeleteUserCmd.class, "security.user.byAdministrator"));

    void check(Command<?> command, CommandContext context) {
        String reason = REASONS.get(command.getClass());
        if (command instanceof ClaimTaskCmd && !Objects.equals(context.getAuthenticatedUserId(),
                EngineGuards.field(ClaimTaskCmd.class, "userId", command))) {
            reason = "security.task.claimForYourself";
        }
        if (command instanceof SaveUserCmd && profileChanged(
                (User) EngineGuards.field(SaveUserCmd.class, "user", command), context)) {
            reason = "security.user.byAdministrator";
        }
        if (reason == null) {
            return;
        }
        UserInputException refusal = RefusalSlot.refuse(LOG, command, context, new UserInputException(403,
                List.of(UserInputException.Problem.of(null, reason))));
        throw new AuthorizationException(refusal.getMessage());
    }

    /** A user the engine already has, saved with another name or e-mail address (a password alone changes none). */
    private static boolean profileChanged(User user, CommandContext context) {
        User stored = user == null || user.getId() == null ? null
                : context.getReadOnlyIdentityProvider().findUserById(user.getId());
        return stored != null && !(Objects.equals(stored.getFirstName(), user.getFirstName())
                && Objects.equals(stored.getLastName(), user.getLastName())
                && Objects.equals(stored.getEmail(), user.getEmail()));
    }
}
