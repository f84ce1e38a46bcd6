package dev.setpoint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line needs the server (Spring) only to serve: every other command works on core, jobs and store. */
class CliBoundariesTest {

    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.setpoint.cli");

    @Test
    void onlyServeDependsOnTheServer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.setpoint.cli.serve..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.setpoint.server..", "org.springframework..")
                .check(CLI);
    }
}
