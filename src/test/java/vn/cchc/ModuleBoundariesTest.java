package vn.cchc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module structure, checked on the compiled classes (not on import lines, which miss fully qualified names and
 * same-package tricks). Every direct sub-package of {@code vn.cchc} is a module; there are NO allowed cycles.
 *
 * <p>Two checks, because they answer different questions:
 * <ul>
 *   <li>Spring Modulith ({@link ApplicationModules#verify()}): no cycle between modules, and no module reaches into
 *       another's sub-packages. A module's API is its base package; the only sub-packages others may use are the
 *       declared named interfaces ({@code documents.format}, {@code shared.web}: {@code @NamedInterface} in their
 *       {@code package-info.java}). Two annotations were enough to get it green, so Modulith is used as the issue
 *       prefers; everything else is its default.</li>
 *   <li>ArchUnit (under Modulith): the same "no cycles" over {@code vn.cchc.(*)..} as a plain slice rule, and the
 *       direction of the layers, which Modulith does not know without {@code allowedDependencies} annotations in
 *       every module (those would sit in feature packages other engineers own). The layers, bottom up:
 *       <pre>
 *       shared                  Clock, Vietnam time, DueDates, Role, CchcProperties, messages: depends on no module
 *       deadline, agency        leaves: depend on nothing but shared
 *       notify                  outbox, delivery, digest, recipients: shared, agency, deadline only
 *       plan                    never on importer, followup, reporting, dashboard, inspection, system, ...
 *       importer                → plan, never back
 *       followup, reporting, inspection, documents, dashboard, reorganisation, carryover, cli
 *       system                  on top: security rules and engine plugins know the features' variables
 *                               (AccessRules reads PlanVariables), so system may depend on plan and no module
 *                               depends on system (what every module needs from it moved down to shared)
 *       </pre></li>
 * </ul>
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.cchc");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(CchcApplication.class).verify();
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("vn.cchc.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.cchc.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(features("shared"))
                .check(CLASSES);
    }

    @Test
    void deadlineAndAgencyAreLeaves() {
        for (String leaf : new String[] {"deadline", "agency"}) {
            noClasses().that().resideInAPackage("vn.cchc." + leaf + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(features(leaf, "shared"))
                    .check(CLASSES);
        }
    }

    @Test
    void notifyDependsOnlyOnSharedAgencyAndDeadline() {
        noClasses().that().resideInAPackage("vn.cchc.notify..")
                .should().dependOnClassesThat().resideInAnyPackage(features("notify", "shared", "agency", "deadline"))
                .check(CLASSES);
    }

    @Test
    void planKnowsOnlyTheLayersBelowIt() {
        noClasses().that().resideInAPackage("vn.cchc.plan..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(features("plan", "shared", "agency", "deadline", "notify"))
                .check(CLASSES);
    }

    @Test
    void importerFeedsPlanNeverTheOtherWay() {
        noClasses().that().resideInAPackage("vn.cchc.plan..")
                .should().dependOnClassesThat().resideInAPackage("vn.cchc.importer..")
                .check(CLASSES);
    }

    @Test
    void systemIsOnTop() {
        noClasses().that().resideInAPackage("vn.cchc..").and().resideOutsideOfPackage("vn.cchc.system..")
                .should().dependOnClassesThat().resideInAPackage("vn.cchc.system..")
                .check(CLASSES);
    }

    @Test
    void inspectionAndDocumentsDoNotKnowReporting() {
        noClasses().that().resideInAnyPackage("vn.cchc.inspection..", "vn.cchc.documents..")
                .should().dependOnClassesThat().resideInAPackage("vn.cchc.reporting..")
                .check(CLASSES);
    }

    @Test
    void theRulesKnowEveryModule() {
        java.util.Set<String> found = new java.util.TreeSet<>();
        CLASSES.forEach(c -> {
            String pkg = c.getPackageName();
            if (pkg.startsWith("vn.cchc.")) {
                found.add(pkg.substring("vn.cchc.".length()).split("\\.")[0]);
            }
        });
        org.assertj.core.api.Assertions.assertThat(found).containsExactlyInAnyOrder(MODULES);
    }

    /** Every module's package pattern except the given ones: what a rule forbids. */
    private static String[] features(String... allowed) {
        java.util.Set<String> ok = java.util.Set.of(allowed);
        return java.util.Arrays.stream(MODULES).filter(m -> !ok.contains(m)).map(m -> "vn.cchc." + m + "..")
                .toArray(String[]::new);
    }

    /** The modules: the direct sub-packages of vn.cchc (a new one must be added here, and given its place above). */
    private static final String[] MODULES = {"agency", "cli", "dashboard", "deadline", "documents", "followup",
            "importer", "inspection", "notify", "plan", "reorganisation", "reporting", "shared", "system", "carryover"};
}
