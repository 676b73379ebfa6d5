package vn.cchc.inspection;

/** Where a finding of an inspection stands. */
public enum FindingStatus {
    OPEN("Chưa khắc phục"),
    REMEDY_REPORTED("Đã báo cáo khắc phục"),
    CLOSED("Đã khắc phục xong");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
