package dev.setpoint.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Pins the server's layering as {@code CoreBoundariesTest} pins core's: its packages depend on each other one way. */
class ServerBoundariesTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.setpoint.server");

    @Test
    void serverPackagesHaveNoCycles() {
        slices().matching("dev.setpoint.server.(*)..").should().beFreeOfCycles().check(SERVER);
    }

    /** The application and its options sit on top: no feature reaches back to them, so no cycle runs through them. */
    @Test
    void noPackageDependsOnTheApplicationPackage() {
        noClasses()
                .that()
                .resideInAPackage("dev.setpoint.server.*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.setpoint.server")
                .check(SERVER);
    }
}
