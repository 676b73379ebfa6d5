package vn.cchc.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.plan.EngineText;

/**
 * The narrative of the province's periodic report, in the sections of the Ministry of Home Affairs' outline:
 * direction and organisation (I), results per reform area (II.1–6), overall assessment — strengths, shortcomings,
 * causes (III), tasks for the next period (IV), proposals (V). Compiled from the agencies' reports
 * ({@link ProvinceNarratives}), then edited by SNV in the province-report review form, one text variable per part.
 */
public record ProvinceNarrative(String direction, List<String> areas, String strengths, String shortcomings,
                                String causes, String nextTasks, String proposals) {

    static final String DIRECTION = "reportDirection";
    static final String AREA = "reportArea";
    static final String STRENGTHS = "reportStrengths";
    static final String SHORTCOMINGS = "reportShortcomings";
    static final String CAUSES = "reportCauses";
    static final String NEXT_TASKS = "reportNextTasks";
    static final String PROPOSALS = "reportProposals";

    /** The variables SNV edits, each within the engine's string limit (a longer compiled text is cut at a line). */
    Map<String, Object> variables() {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put(DIRECTION, fit(direction));
        for (int i = 0; i < areas.size(); i++) {
            v.put(AREA + (i + 1), fit(areas.get(i)));
        }
        v.put(STRENGTHS, fit(strengths));
        v.put(SHORTCOMINGS, fit(shortcomings));
        v.put(CAUSES, fit(causes));
        v.put(NEXT_TASKS, fit(nextTasks));
        v.put(PROPOSALS, fit(proposals));
        return v;
    }

    /**
     * The narrative as SNV left it in {@code variables}; a part SNV did not touch (still the compiled text cut to the
     * variable's limit) is taken whole from {@code compiled}, so nothing an agency wrote is lost to that limit.
     */
    static ProvinceNarrative edited(Map<String, Object> variables, ProvinceNarrative compiled) {
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < compiled.areas().size(); i++) {
            areas.add(pick(variables.get(AREA + (i + 1)), compiled.areas().get(i)));
        }
        return new ProvinceNarrative(pick(variables.get(DIRECTION), compiled.direction()), areas,
                pick(variables.get(STRENGTHS), compiled.strengths()),
                pick(variables.get(SHORTCOMINGS), compiled.shortcomings()),
                pick(variables.get(CAUSES), compiled.causes()), pick(variables.get(NEXT_TASKS), compiled.nextTasks()),
                pick(variables.get(PROPOSALS), compiled.proposals()));
    }

    private static String pick(Object edited, String compiled) {
        if (edited == null) {
            return compiled;
        }
        String text = edited.toString();
        return text.equals(fit(compiled)) ? compiled : text;
    }

    private static String fit(String text) {
        return EngineText.fit(text, "\n" + ReportLabels.get("narrative.cut"));
    }
}
