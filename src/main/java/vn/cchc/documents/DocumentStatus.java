package vn.cchc.documents;

/**
 * Where a document stands: a draft (province report before the leader signs, ranking before approval), internal
 * statistics, or signed / published. Only signed and published documents are shown to the agencies.
 */
public enum DocumentStatus {
    DRAFT("Dự thảo", false),
    INTERNAL("Số liệu nội bộ", false),
    SIGNED("Đã ký", true),
    PUBLISHED("Đã công bố", true);

    private final String label;
    private final boolean forAgencies;

    DocumentStatus(String label, boolean forAgencies) {
        this.label = label;
        this.forAgencies = forAgencies;
    }

    public String label() {
        return label;
    }

    /** Signed or published: every agency may read it. */
    public boolean forAgencies() {
        return forAgencies;
    }
}
