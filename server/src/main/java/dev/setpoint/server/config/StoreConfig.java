package dev.setpoint.server.config;

import dev.setpoint.store.Database;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.UserStore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free store: SQLite in the data directory unless a JDBC URL is given. */
@Configuration(proxyBeanMethods = false)
class StoreConfig {

    @Bean(destroyMethod = "close")
    Database database(SetpointProperties properties) throws IOException {
        String url = properties.dbUrl();
        if (url == null) {
            Files.createDirectories(properties.dataDir());
            url = Database.sqliteUrl(properties.dataDir());
        }
        return Database.open(url, Clock.systemUTC());
    }

    @Bean
    PresetStore presetStore(Database database) {
        return database.presets();
    }

    @Bean
    UserStore userStore(Database database) {
        return database.users();
    }

    /** Ready only while the database answers; part of the readiness group. */
    @Bean
    HealthIndicator store(PresetStore presets) {
        return () -> {
            try {
                return Health.up()
                        .withDetail("change_version", presets.changeVersion())
                        .build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
