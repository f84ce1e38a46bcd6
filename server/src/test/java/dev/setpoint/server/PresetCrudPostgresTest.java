package dev.setpoint.server;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The CRUD tests, the name race included, on a real PostgreSQL. */
class PresetCrudPostgresTest extends PresetCrudTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
