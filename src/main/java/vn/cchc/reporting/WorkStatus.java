package vn.cchc.reporting;

import vn.cchc.plan.AssignmentStatus;

/**
 * The four groups the periodic reports count assignments in, from the eight statuses of the one status rule: done on
 * time, done late, overdue, and everything still open on time (not due, in progress, due soon, waiting, no date).
 */
public enum WorkStatus {
    ON_TIME,
    LATE,
    IN_PROGRESS,
    OVERDUE;

    public static WorkStatus of(AssignmentStatus status) {
        return switch (status) {
            case DONE_ON_TIME -> ON_TIME;
            case DONE_LATE -> LATE;
            case OVERDUE -> OVERDUE;
            default -> IN_PROGRESS;
        };
    }
}
