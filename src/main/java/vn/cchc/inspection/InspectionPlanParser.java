package vn.cchc.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.cchc.agency.Agency;
import vn.cchc.agency.AgencyDirectory;
import vn.cchc.agency.AgencyResolver;
import vn.cchc.agency.Resolution;
import vn.cchc.plan.PlanInputException;
import vn.cchc.shared.UserInputException;
import vn.cchc.shared.UserInputException.Problem;

/**
 * Reads the year's inspection plan as SNV writes it, one agency a line: {@code <agency id or name> | <month>}
 * ("Sở Tư pháp | Tháng 5", "so-tu-phap | 5"). Every faulty line is reported at once, by its number.
 */
@Component
class InspectionPlanParser {

    private final AgencyDirectory directory;
    private final AgencyResolver resolver;

    InspectionPlanParser(AgencyDirectory directory, AgencyResolver resolver) {
        this.directory = directory;
        this.resolver = resolver;
    }

    List<InspectionPlanEntry> parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<InspectionPlanEntry> entries = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int no = i + 1;
            String[] parts = line.split("\\|");
            if (parts.length != 2) {
                problems.add(Problem.of(null, "inspection.plan.lineFormat", no, line));
                continue;
            }
            Agency agency = agency(parts[0].strip());
            Matcher m = MonthPhrase.MONTH.matcher(parts[1].strip());
            Integer month = m.matches() ? Integer.valueOf(m.group(1)) : null;
            if (agency == null) {
                problems.add(Problem.of(null, "inspection.plan.agencyUnknown", no, parts[0].strip()));
            }
            if (month == null || month < 1 || month > 12) {
                problems.add(Problem.of(null, "inspection.plan.monthRange", no, parts[1].strip()));
            }
            if (agency != null && seen.containsKey(agency.id())) {
                problems.add(Problem.of(null, "inspection.plan.duplicate", no, agency.name(), seen.get(agency.id())));
            } else if (agency != null && month != null && month >= 1 && month <= 12) {
                seen.put(agency.id(), no);
                entries.add(new InspectionPlanEntry(agency.id(), agency.name(), month));
            }
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of(null, "inspection.plan.empty"));
        }
        if (!problems.isEmpty()) {
            throw new PlanInputException(UserInputException.UNPROCESSABLE, problems);
        }
        return entries;
    }

    private Agency agency(String phrase) {
        var byId = directory.byId(phrase);
        if (byId.isPresent()) {
            return byId.get();
        }
        Resolution r = resolver.resolve(phrase);
        return r.complete() && r.agencyIds().size() == 1 ? directory.byId(r.agencyIds().get(0)).orElse(null) : null;
    }
}
