package vn.cchc.importer;

/** What a column of a task table holds, whatever its position or exact header text. */
public enum Column {
    STT("STT"), OBJECTIVE("Mục tiêu"), TASK("Nhiệm vụ"), ACTIVITY("Hoạt động"), LEAD("Cơ quan chủ trì"),
    COORDINATORS("Cơ quan phối hợp"), ASSIGNMENT("Phân công"), PRODUCT("Sản phẩm"), DEADLINE("Thời gian hoàn thành"),
    BUDGET("Kinh phí"), NOTE("Ghi chú");

    private final String label;

    Column(String label) {
        this.label = label;
    }

    /** The Vietnamese name used in messages. */
    public String label() {
        return label;
    }
}
