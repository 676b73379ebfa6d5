package vn.cchc.documents;

/** What a stored document is; {@link #label()} names it for officials. Declaration order is the page's order. */
public enum DocumentKind {
    PROVINCE_REPORT_DOCX("Báo cáo công tác cải cách hành chính"),
    PROVINCE_REPORT_XLSX("Bảng số liệu báo cáo công tác cải cách hành chính"),
    PAR_RANKING_XLSX("Kết quả xếp hạng Chỉ số cải cách hành chính"),
    YEAR_END_STATISTICS_XLSX("Thống kê kết quả thực hiện kế hoạch năm"),
    CARRY_OVER_XLSX("Danh sách nhiệm vụ chưa hoàn thành chuyển sang năm sau");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
