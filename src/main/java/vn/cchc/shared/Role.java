package vn.cchc.shared;

/** Camunda groups that stand for roles (as opposed to agencies), with the names officials see. */
public enum Role {
    SNV_SPECIALIST("snv-specialist", "Chuyên viên Sở Nội vụ"),
    SNV_DIRECTOR("snv-director", "Lãnh đạo Sở Nội vụ"),
    APPRAISER("appraiser", "Cơ quan thẩm định"),
    UBND_LEADER("ubnd-leader", "Lãnh đạo UBND tỉnh"),
    AGENCY_OFFICIAL("agency-official", "Chuyên viên cơ quan, đơn vị"),
    AGENCY_HEAD("agency-head", "Thủ trưởng cơ quan, đơn vị");

    /** The group the engine's administrators belong to. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }
}
