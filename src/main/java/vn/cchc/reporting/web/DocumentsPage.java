package vn.cchc.reporting.web;

import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.documents.StoredDocument;
import vn.cchc.shared.web.AttachmentHeader;
import vn.cchc.shared.Texts;

/**
 * {@code /reports}: the province's CCHC reports and documents by plan and period; {@code /reports/{id}} downloads
 * one. Who may see what is decided here ({@link Viewer}), never by the engine's authorizations.
 */
@Controller
class DocumentsPage {

    private final DocumentCatalog catalog;
    private final AgencyDirectory directory;

    DocumentsPage(DocumentCatalog catalog, AgencyDirectory directory) {
        this.catalog = catalog;
        this.directory = directory;
    }


    @GetMapping("/reports")
    String list(@RequestParam(required = false) String plan, Authentication user, Model model) {
        Viewer viewer = viewer(user);
        model.addAttribute("plans", catalog.visible(viewer, plan == null || plan.isBlank() ? null : plan.strip()));
        model.addAttribute("seesAll", viewer.seesAll());
        model.addAttribute("user", viewer.userId());
        return "reporting/documents";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<?> download(@PathVariable String id, Authentication user) {
        Optional<StoredDocument> found = catalog.find(id);
        if (found.isEmpty()) {
            return refuse(HttpStatus.NOT_FOUND, Texts.get("documents.page.notFound"));
        }
        StoredDocument d = found.get();
        if (!viewer(user).mayRead(d)) {
            return refuse(HttpStatus.FORBIDDEN, Texts.get("documents.page.forbidden"));
        }
        byte[] content = catalog.content(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentHeader.of(d.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    private Viewer viewer(Authentication user) {
        return Viewer.of(user, directory);
    }

    private static ResponseEntity<String> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN,
                java.nio.charset.StandardCharsets.UTF_8)).body(message);
    }
}
