package vn.cchc.reporting.web;

import java.util.Set;
import vn.cchc.documents.StoredDocument;

/**
 * Who is looking at the documents page: SNV, the province's leaders and administrators see every document; an
 * agency's users see only what is signed or published.
 */
record Viewer(String userId, boolean seesAll, Set<String> agencyIds) {

    static final String ATTRIBUTE = Viewer.class.getName();

    boolean mayRead(StoredDocument document) {
        return seesAll || !agencyIds.isEmpty() && document.status().forAgencies();
    }
}
