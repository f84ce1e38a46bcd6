package dev.setpoint.server;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A quality preset's level, is_custom and resolved chain on a real PostgreSQL. */
// Closed after the class, while the test PostgreSQL still runs (see PresetCrudPostgresTest).
@DirtiesContext
class QualityPresetDetailPostgresTest extends QualityPresetDetailTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
