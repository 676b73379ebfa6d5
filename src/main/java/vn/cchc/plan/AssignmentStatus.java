package vn.cchc.plan;

/** Status of one assignment (plan item × agency), as DESIGN.md §7 names them for officials. */
public enum AssignmentStatus {
    NOT_DUE("Chưa đến hạn"),
    IN_PROGRESS("Đang thực hiện trong hạn"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành quá hạn"),
    WAITING_EVENT("Chờ sự kiện"),
    NO_DUE_DATE("Chưa xác định hạn");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
