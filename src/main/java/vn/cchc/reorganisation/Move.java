package vn.cchc.reorganisation;

/**
 * One piece of open work that a reorganisation moves: what it is ({@code kind}, {@code ref}), a Vietnamese
 * description, from which agency to which, and for a queued notification the address it will go to.
 */
public record Move(MoveKind kind, String ref, String description, String fromAgency, String fromName,
                   String toAgency, String toName, String recipient) {

    public enum MoveKind {
        /** a running process instance whose agency is the old one (planTask, report, inspection visit, PAR …) */
        PROCESS,
        /** an open task offered to the old agency's group */
        TASK,
        /** an unfinished assignment (plan item × agency) */
        ASSIGNMENT,
        /** a periodic report not yet accepted */
        REPORT,
        /** an inspection finding not yet closed */
        FINDING,
        /** an inspection of the year's inspection plan not yet concluded */
        INSPECTION,
        /** a notification waiting in the outbox */
        NOTIFICATION
    }
}
