package vn.cchc.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.documents.StoredDocument;

/**
 * {@code /reports}: the province's CCHC reports and documents by plan and period; {@code /reports/{id}} downloads
 * one. Who may see what is decided here and in {@link DocumentAccess}, never by the engine's authorizations.
 */
@Controller
class DocumentsPage {

    private final DocumentCatalog catalog;

    DocumentsPage(DocumentCatalog catalog) {
        this.catalog = catalog;
    }

    @Bean
    static FilterRegistrationBean<DocumentAccess> documentAccess(IdentityService identity, AgencyDirectory directory) {
        FilterRegistrationBean<DocumentAccess> registration =
                new FilterRegistrationBean<>(new DocumentAccess(identity, directory));
        registration.setName("documentAccess");
        registration.addUrlPatterns("/reports", "/reports/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @GetMapping("/reports")
    String list(@RequestParam(required = false) String plan, HttpServletRequest request, Model model) {
        Viewer viewer = viewer(request);
        model.addAttribute("plans", catalog.visible(viewer, plan == null || plan.isBlank() ? null : plan.strip()));
        model.addAttribute("seesAll", viewer.seesAll());
        model.addAttribute("user", viewer.userId());
        return "reporting/documents";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<?> download(@PathVariable String id, HttpServletRequest request) {
        Optional<StoredDocument> found = catalog.find(id);
        if (found.isEmpty()) {
            return refuse(HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu này. Có thể đường dẫn đã cũ; "
                    + "vui lòng mở lại trang Báo cáo và tài liệu CCHC.");
        }
        StoredDocument d = found.get();
        if (!viewer(request).mayRead(d)) {
            return refuse(HttpStatus.FORBIDDEN, "Tài liệu này chưa được ký hoặc công bố. Cơ quan, đơn vị chỉ xem "
                    + "được báo cáo của tỉnh đã ký và kết quả Chỉ số CCHC đã công bố.");
        }
        byte[] content = catalog.content(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentHeader.of(d.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    private static Viewer viewer(HttpServletRequest request) {
        return (Viewer) request.getAttribute(Viewer.ATTRIBUTE);
    }

    private static ResponseEntity<String> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN,
                java.nio.charset.StandardCharsets.UTF_8)).body(message);
    }
}
