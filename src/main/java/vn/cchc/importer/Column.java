package vn.cchc.importer;

import vn.cchc.shared.Texts;

/** What a column of a task table holds, whatever its position or exact header text. */
public enum Column {
    STT, OBJECTIVE, TASK, ACTIVITY, LEAD, COORDINATORS, ASSIGNMENT, PRODUCT, DEADLINE, BUDGET, NOTE;

    /** The Vietnamese name used in messages ({@code importer.column.*} in the message bundle). */
    public String label() {
        return Texts.get("importer.column." + name());
    }
}
