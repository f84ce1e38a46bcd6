package dev.setpoint.server.studies;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The study API tests on a real PostgreSQL. */
// Closed after the class, while the test PostgreSQL still runs (see PresetCrudPostgresTest).
@DirtiesContext
class StudyApiPostgresTest extends StudyApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
