package vn.cchc.reporting;

/** Where an agency's periodic report stands. */
public enum ReportStatus {
    WAITING("Chưa đến kỳ báo cáo"),
    OPEN("Đang xây dựng"),
    SENT("Đã gửi Sở Nội vụ"),
    RETURNED("Sở Nội vụ trả lại"),
    ACCEPTED("Sở Nội vụ đã tiếp nhận");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
