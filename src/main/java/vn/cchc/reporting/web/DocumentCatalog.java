package vn.cchc.reporting.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.cchc.documents.DocumentKind;
import vn.cchc.documents.DocumentStatus;
import vn.cchc.documents.Documents;
import vn.cchc.documents.StoredDocument;
import vn.cchc.reporting.ReportPeriod;

/**
 * The documents a viewer may see, grouped by plan and period. The PAR Index ranking is stored as a draft when it is
 * compiled and marked published by the end event {@code parPublished} of its {@code parIndex} instance.
 */
@Component
class DocumentCatalog {

    record Entry(String id, String label, String fileName, DocumentStatus status, LocalDateTime createdAt,
                 int sizeBytes) {
    }

    record PeriodGroup(String title, List<Entry> documents) {
    }

    record PlanGroup(String planId, String title, List<PeriodGroup> periods) {
    }

    private final Documents documents;

    DocumentCatalog(Documents documents) {
        this.documents = documents;
    }

    List<PlanGroup> visible(Viewer viewer, String planId) {
        List<StoredDocument> readable = documents.list(planId).stream().filter(viewer::mayRead)
                .sorted(Comparator.comparing((StoredDocument d) -> -d.periodYear()).thenComparing(StoredDocument::planId)
                        .thenComparing(d -> ReportPeriod.valueOf(d.period())).thenComparing(StoredDocument::kind))
                .toList();
        Map<String, Map<String, List<Entry>>> byPlan = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (StoredDocument d : readable) {
            titles.put(d.planId(), d.planTitle() == null ? d.planId() : d.planTitle());
            byPlan.computeIfAbsent(d.planId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(periodTitle(d), p -> new ArrayList<>())
                    .add(new Entry(d.id(), d.kind().label(), d.fileName(), d.status(), d.createdAt(), d.sizeBytes()));
        }
        List<PlanGroup> plans = new ArrayList<>();
        byPlan.forEach((plan, periods) -> plans.add(new PlanGroup(plan, titles.get(plan), periods.entrySet().stream()
                .map(e -> new PeriodGroup(e.getKey(), e.getValue())).toList())));
        return plans;
    }

    /** The document with its current status, if it exists (whether the viewer may read it is the caller's check). */
    Optional<StoredDocument> find(String id) {
        return documents.find(id);
    }

    byte[] content(String id) {
        return documents.content(id);
    }

    private static String periodTitle(StoredDocument d) {
        ReportPeriod period = ReportPeriod.valueOf(d.period());
        String title = period.of(d.periodYear());
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }
}
