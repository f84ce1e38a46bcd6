package dev.setpoint.server;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The visibility matrix on a real PostgreSQL. */
class VisibilityMatrixPostgresTest extends VisibilityMatrixTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
