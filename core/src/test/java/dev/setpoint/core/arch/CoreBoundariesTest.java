package dev.setpoint.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Pins the layering: core is plain Java and knows nothing of the adapters built on it. */
class CoreBoundariesTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.setpoint.core");

    @Test
    void coreDependsOnlyOnTheJdkAndItsParsingLibraries() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "dev.setpoint.core..", "tools.jackson..", "com.networknt..", "org.jspecify..")
                .because("core is framework-free; adapters depend on it, never the reverse")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("dev.setpoint.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
