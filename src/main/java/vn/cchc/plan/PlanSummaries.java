package vn.cchc.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.shared.Texts;

/**
 * Readable summaries the reviewers' forms show instead of raw data: the task list of a draft and the comments
 * received (Markdown, rendered by the Tasklist's form viewer). Text is plain; Markdown control characters in
 * officials' input are escaped.
 */
@Component
public class PlanSummaries {

    private final AgencyDirectory directory;

    PlanSummaries(AgencyDirectory directory) {
        this.directory = directory;
    }

    String items(List<PlanItem> items) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (PlanItem i : items) {
            String line = Texts.get("plan.summary.item", i.itemNo(), escape(i.task()),
                    escape(agencyNames(i.leadAgencies())), escape(orDash(i.product())),
                    escape(orDash(i.deadlineText()))) + "\n";
            String more = "\n" + Texts.get("plan.summary.more", items.size() - shown, items.size());
            if (text.length() + line.length() + more.length() > EngineText.MAX_LENGTH) {
                return text + more;
            }
            text.append(line);
            shown++;
        }
        return text.toString();
    }

    String comments(List<PlanComments.Comment> comments, String missingAgencyIds) {
        StringBuilder text = new StringBuilder();
        for (PlanComments.Comment c : comments) {
            text.append("- **").append(escape(agencyName(c.agencyId()))).append(":** ")
                    .append(escape(c.content())).append('\n');
        }
        if (missingAgencyIds != null && !missingAgencyIds.isBlank()) {
            text.append(Texts.get("plan.summary.notCommented", escape(agencyNames(List.of(missingAgencyIds.split(","))))))
                    .append('\n');
        }
        if (text.length() == 0) {
            return Texts.get("plan.summary.noComments");
        }
        return EngineText.fit(text.toString(), "\n\n" + Texts.get("plan.summary.moreComments"));
    }

    private String agencyNames(List<String> ids) {
        return ids.stream().map(this::agencyName).collect(Collectors.joining("; "));
    }

    private String agencyName(String id) {
        return directory.byId(id).map(Agency::name).orElse(id);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /** Officials' text must not turn into links, headings or HTML in the form. */
    public static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>])", "\\\\$1").replaceAll("\\s+", " ").trim();
    }
}
