package vn.cchc.shared;

/** Camunda groups that stand for roles (as opposed to agencies), with the names officials see. */
public enum Role {
    SNV_SPECIALIST("snv-specialist"),
    SNV_DIRECTOR("snv-director"),
    APPRAISER("appraiser"),
    UBND_LEADER("ubnd-leader"),
    AGENCY_OFFICIAL("agency-official"),
    AGENCY_HEAD("agency-head");

    /** The group the engine's administrators belong to. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    /** The name officials see ({@code role.<NAME>} in the message bundle). */
    public String displayName() {
        return Texts.get("role." + name());
    }
}
