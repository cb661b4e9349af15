package org.primebatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' boundaries as docs/architecture.md draws them, checked on the compiled classes of shared, engine-api,
 * mcdx and the daemon: no package cycles, the daemon reaches the evaluator only through its public entry package, and
 * the evaluator knows nothing of the daemon.
 */
class ArchitectureTest {
    private static final String[] DAEMON_PACKAGES = {"org.primebatch.bench..", "org.primebatch.cli..",
            "org.primebatch.daemon..", "org.primebatch.queue..", "org.primebatch.access..", "org.primebatch.report..", "org.primebatch.server..",
            "org.primebatch.store..", "org.primebatch.engine.echo..", "org.primebatch.engine.host..",
            "org.primebatch.engine.mathcad.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importTheCompiledClasses() {
        // the modules' main classes, as folders or, in a full build, as their jars; never test classes or test jars
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.primebatch");
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().assignedFrom(ARCHITECTURE_PACKAGES).should().beFreeOfCycles().check(classes);
    }

    /**
     * The packages docs/architecture.md names: the first package below org.primebatch, except that each engine below
     * org.primebatch.engine (echo, host, mathcad) is a package of its own beside the engine contract.
     */
    private static final SliceAssignment ARCHITECTURE_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String[] parts = javaClass.getPackageName().split("\\.");
            if (parts.length < 3 || !parts[0].equals("org") || !parts[1].equals("primebatch")) {
                return SliceIdentifier.ignore();
            }
            boolean engine = parts[2].equals("engine") && parts.length > 3;
            return SliceIdentifier.of(engine ? "engine." + parts[3] : parts[2]);
        }

        @Override
        public String getDescription() {
            return "the architecture's packages";
        }
    };

    @Test
    void theDaemonReachesTheEvaluatorOnlyThroughItsEntryPackage() {
        noClasses().that().resideOutsideOfPackage("org.primebatch.mcdx..")
                .should().dependOnClassesThat(inAnEvaluatorSubpackage())
                .because("org.primebatch.mcdx is the evaluator's public surface; its subpackages are its inside")
                .check(classes);
    }

    @Test
    void theEvaluatorKnowsNothingOfTheDaemon() {
        noClasses().that().resideInAPackage("org.primebatch.mcdx..")
                .should().dependOnClassesThat().resideInAnyPackage(DAEMON_PACKAGES)
                .check(classes);
    }

    @Test
    void theEngineContractKnowsNoEngine() {
        noClasses().that().resideInAPackage("org.primebatch.engine")
                .should().dependOnClassesThat().resideInAnyPackage(DAEMON_PACKAGES)
                .orShould().dependOnClassesThat().resideInAPackage("org.primebatch.mcdx..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> inAnEvaluatorSubpackage() {
        return DescribedPredicate.describe("reside in a subpackage of org.primebatch.mcdx",
                javaClass -> javaClass.getPackageName().startsWith("org.primebatch.mcdx."));
    }
}
