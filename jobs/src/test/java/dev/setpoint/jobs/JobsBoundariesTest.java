package dev.setpoint.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Pins that the job engine is framework-free: the server, the command line and a future worker
 * process all run it, and only the server has Spring.
 */
class JobsBoundariesTest {

    private static final JavaClasses JOBS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.setpoint.jobs");

    @Test
    void theJobEngineUsesNoSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..")
                .because("the job engine runs without a framework; the server wires it as beans")
                .check(JOBS);
    }

    @Test
    void theJobEngineKnowsNothingOfTheModulesThatRunIt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.setpoint.server..", "dev.setpoint.cli..")
                .check(JOBS);
    }
}
