package vn.cchc.system.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.shared.UserInputException;

/**
 * The engine's own task attachments are not part of this application: an agency's result files are kept, checked
 * and shown by {@code plan.attachment.ResultFiles} (the task's files page, linked from its form), which knows at
 * which step files may be added and by whom. The engine's attachment commands check no permission at all (7.24):
 * whoever can name a task could store files of up to the request bound on it, outside those checks, and read any
 * attachment by its id. So users other than administrators get none of them: 403 ({@link EngineGuards} calls this
 * for the command a caller sent, by any path). The REST API answers every engine exception of "add an attachment"
 * with 400 "Task id is null"; the refusal is recorded for {@link EngineMessages}, which puts its sentence back.
 */
final class EngineAttachments {

    private static final Logger LOG = LoggerFactory.getLogger(EngineAttachments.class);
    private static final Set<Class<?>> COMMANDS = Set.of(CreateAttachmentCmd.class, SaveAttachmentCmd.class,
            DeleteAttachmentCmd.class, GetAttachmentCmd.class, GetAttachmentContentCmd.class,
            GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class, GetTaskAttachmentsCmd.class,
            GetProcessInstanceAttachmentsCmd.class);

    void check(Command<?> command, CommandContext context) {
        if (!COMMANDS.contains(command.getClass())) {
            return;
        }
        UserInputException refusal = new UserInputException(403,
                List.of(UserInputException.Problem.of(null, "security.attachment.useFilesPage")));
        RefusalSlot.record(refusal);
        LOG.info("{} refused for {}: {}", command.getClass().getSimpleName(), context.getAuthenticatedUserId(),
                refusal.getMessage());
        throw new AuthorizationException(refusal.getMessage());
    }
}
