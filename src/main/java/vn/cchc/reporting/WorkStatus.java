package vn.cchc.reporting;

/** Where an assignment stands on a given day, as the periodic reports count it. */
public enum WorkStatus {
    ON_TIME("Hoàn thành đúng hạn"),
    LATE("Hoàn thành quá hạn"),
    IN_PROGRESS("Đang thực hiện"),
    OVERDUE("Quá hạn, chưa hoàn thành");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
