package dev.setpoint.server;

import dev.setpoint.store.testing.TestPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Names, slugs, reserved names and the runtime over HTTP, on a real PostgreSQL. */
// Closed after the class, while the test PostgreSQL still runs: left to the JVM's exit, the context's
// shutdown raced the server's and waited 30 s for a connection to a database that was gone.
@DirtiesContext
class PresetNamesPostgresTest extends PresetNamesTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("setpoint.db-url", TestPostgres::newDatabase);
    }
}
