package vn.cchc.system.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Comment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.shared.Messages;
import vn.cchc.shared.UserInputException;

/**
 * The engine's comment commands check almost nothing themselves (7.24): adding a comment and reading comments
 * check no permission at all, the comment is attached to whatever process instance the caller names, and anyone
 * who may work on a task may edit or delete every comment on it. The REST API only looks the task up in the
 * history first. For users other than administrators ({@link EngineGuards} calls this for the command a caller
 * sent, by any path):
 * <ul>
 * <li>a comment is added to an open task whose record the user may read (an agency: its own tasks; SNV: every
 * task it follows), on that task's own process instance, at most {@value #MAX_LENGTH} characters;</li>
 * <li>comments are read only for a task (or process instance) whose history the user may read: for an agency,
 * its own tasks ({@code enableHistoricInstancePermissions}, docs/security.md);</li>
 * <li>a comment is edited or deleted only by its author; deleting all comments at once is for administrators.</li>
 * </ul>
 */
final class TaskComments {

    static final int MAX_LENGTH = 4000;
    private static final Logger LOG = LoggerFactory.getLogger(TaskComments.class);

    private final Messages messages;

    TaskComments(Messages messages) {
        this.messages = messages;
    }

    /** Refuses {@code command} when it breaks a rule above: one log line, then the refusal to the caller. */
    void check(Command<?> command, CommandContext context) {
        try {
            checkRules(command, context);
        } catch (UserInputException | AuthorizationException refused) {
            LOG.info("{} refused for {}: {}", command.getClass().getSimpleName(), context.getAuthenticatedUserId(),
                    refused.getMessage());
            throw refused;
        }
    }

    private void checkRules(Command<?> command, CommandContext context) {
        if (command instanceof AddCommentCmd) {
            checkAdd(context, (String) EngineGuards.field(AddCommentCmd.class, "taskId", command),
                    (String) EngineGuards.field(AddCommentCmd.class, "processInstanceId", command),
                    (String) EngineGuards.field(AddCommentCmd.class, "message", command));
        } else if (command instanceof GetTaskCommentsCmd) {
            requireVisibleTask(context, (String) EngineGuards.field(GetTaskCommentsCmd.class, "taskId", command));
        } else if (command instanceof GetTaskCommentCmd) {
            requireVisibleTask(context, (String) EngineGuards.field(GetTaskCommentCmd.class, "taskId", command));
        } else if (command instanceof GetProcessInstanceCommentsCmd) {
            requireVisibleInstance(context,
                    (String) EngineGuards.field(GetProcessInstanceCommentsCmd.class, "processInstanceId", command));
        } else if (command instanceof UpdateCommentCmd) {
            requireAuthor(context, (String) EngineGuards.field(UpdateCommentCmd.class, "taskId", command),
                    (String) EngineGuards.field(UpdateCommentCmd.class, "commentId", command));
            String message = (String) EngineGuards.field(UpdateCommentCmd.class, "message", command);
            if (message != null && message.length() > MAX_LENGTH) {
                throw refused("message", "security.comment.tooLong", message.length(), MAX_LENGTH);
            }
        } else if (command instanceof DeleteTaskCommentCmd) {
            requireAuthor(context, (String) EngineGuards.field(DeleteTaskCommentCmd.class, "taskId", command),
                    (String) EngineGuards.field(DeleteTaskCommentCmd.class, "commentId", command));
        } else if (command instanceof DeleteProcessInstanceCommentCmd) {
            throw new AuthorizationException(messages.get("security.comment.notYours"));
        }
    }

    /**
     * Refusals of a new comment are the caller's mistakes (400). The REST API answers any engine exception of
     * this command with "Not enough parameters submitted"; the refusal is recorded for {@link EngineMessages}, which
     * puts its sentence back.
     */
    private void checkAdd(CommandContext context, String taskId, String processInstanceId, String message) {
        if (taskId == null) {
            throw refused(null, "security.comment.taskOnly");
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || !historyVisible(context, taskId)) {
            throw refused(null, "engine.taskGone");
        }
        if (processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
            throw refused("processInstanceId", "security.comment.otherInstance");
        }
        if (message != null && message.length() > MAX_LENGTH) {
            throw refused("message", "security.comment.tooLong", message.length(), MAX_LENGTH);
        }
    }

    private static UserInputException refused(String field, String code, Object... args) {
        UserInputException refusal = new UserInputException(UserInputException.BAD_REQUEST,
                List.of(UserInputException.Problem.of(field, code, args)));
        RefusalSlot.record(refusal);
        return refusal;
    }

    private static boolean historyVisible(CommandContext context, String taskId) {
        return context.getProcessEngineConfiguration().getHistoryService().createHistoricTaskInstanceQuery()
                .taskId(taskId).count() > 0;
    }

    /** The history query runs as a command of its own, with the caller's authorizations. */
    private void requireVisibleTask(CommandContext context, String taskId) {
        if (taskId == null || !historyVisible(context, taskId)) {
            throw new AuthorizationException(messages.get("security.comment.notVisible"));
        }
    }

    private void requireVisibleInstance(CommandContext context, String processInstanceId) {
        if (processInstanceId == null || context.getProcessEngineConfiguration().getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            throw new AuthorizationException(messages.get("security.comment.notVisible"));
        }
    }

    /** Only a task's comment, one at a time, by its author (a process instance's comments: administrators). */
    private void requireAuthor(CommandContext context, String taskId, String commentId) {
        Comment comment = taskId == null || commentId == null ? null
                : context.getCommentManager().findCommentByTaskIdAndCommentId(taskId, commentId);
        if (comment != null ? !context.getAuthenticatedUserId().equals(comment.getUserId())
                : taskId == null || commentId == null) {
            throw new AuthorizationException(messages.get("security.comment.notYours"));
        }
    }
}
