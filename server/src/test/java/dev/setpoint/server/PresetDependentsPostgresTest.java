package dev.setpoint.server;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dependents tests on a real PostgreSQL. */
// Closed after the class, while the test PostgreSQL still runs (see PresetCrudPostgresTest).
@DirtiesContext
class PresetDependentsPostgresTest extends PresetDependentsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
