package vn.cchc.system.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A task is completed by one command at a time: the command takes the task's row lock
 * ({@code SELECT … FOR UPDATE} on {@code ACT_RU_TASK}) before anything of the task is read.
 * <p>
 * Without it, the same task completed twice at the same moment (a double click, two officials of one agency) raced
 * inside the engine: the later command could read the task before the first one committed and its process instance
 * after, and then led the instance out of the <em>next</em> step, evaluating that step's conditions with the values
 * of the wrong form (found in {@code SentTwiceAtOnceTest}: 500 "Unknown property used in expression: ${approved}").
 * The engine's optimistic locking rolls such a command back when it ends, but the official sees an error in English.
 * With the lock the later command waits for the first and then finds the task done: 404 "Không tìm thấy công việc
 * này" ({@code EngineMessages}).
 */
final class OneCompletionAtATime {

    private OneCompletionAtATime() {
    }

    /** Takes the task's row lock when {@code command} completes a task; in the command's own transaction. */
    static void lock(Command<?> command, CommandContext context) {
        String taskId = null;
        if (command instanceof CompleteTaskCmd) {
            taskId = (String) EngineGuards.field(CompleteTaskCmd.class, "taskId", command);
        } else if (command instanceof SubmitTaskFormCmd) {
            taskId = (String) EngineGuards.field(SubmitTaskFormCmd.class, "taskId", command);
        }
        if (taskId == null || context == null) {
            return;
        }
        String table = context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_TASK";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT ID_ FROM " + table + " WHERE ID_ = ? FOR UPDATE")) {
            lock.setString(1, taskId);
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not lock task " + taskId, e);
        }
    }
}
