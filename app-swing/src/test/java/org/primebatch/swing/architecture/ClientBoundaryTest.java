package org.primebatch.swing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The desktop client speaks to the daemon only through the protocol: it never imports the daemon, its engines or the evaluator. */
class ClientBoundaryTest {
    @Test
    void theClientImportsNothingOfTheDaemon() {
        JavaClasses client = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.primebatch.swing");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.primebatch.bench..", "org.primebatch.cli..",
                        "org.primebatch.daemon..", "org.primebatch.queue..", "org.primebatch.report..",
                        "org.primebatch.server..", "org.primebatch.store..", "org.primebatch.engine..",
                        "org.primebatch.mcdx..")
                .check(client);
    }
}
