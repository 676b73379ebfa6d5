package vn.cchc.documents;

import vn.cchc.shared.Texts;

/**
 * Where a document stands: a draft (province report before the leader signs, ranking before approval), internal
 * statistics, or signed / published. Only signed and published documents are shown to the agencies.
 */
public enum DocumentStatus {
    DRAFT(false),
    INTERNAL(false),
    SIGNED(true),
    PUBLISHED(true);

    private final boolean forAgencies;

    DocumentStatus(boolean forAgencies) {
        this.forAgencies = forAgencies;
    }

    public String label() {
        return Texts.get("documents.status." + name());
    }

    /** Signed or published: every agency may read it. */
    public boolean forAgencies() {
        return forAgencies;
    }
}
