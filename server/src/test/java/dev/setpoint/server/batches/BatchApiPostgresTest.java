package dev.setpoint.server.batches;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The batch and comparison API tests on a real PostgreSQL. */
// Closed after the class, while the test PostgreSQL still runs (see PresetCrudPostgresTest).
@DirtiesContext
class BatchApiPostgresTest extends BatchApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
