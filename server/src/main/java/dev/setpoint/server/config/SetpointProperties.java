package dev.setpoint.server.config;

import dev.setpoint.store.DefaultDataDir;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code setpoint.*} settings. Environment variables bind by Spring's relaxed rules:
 * {@code SETPOINT_DATA_DIR}, {@code SETPOINT_DB_URL}, {@code SETPOINT_TEMPLATES_DIR},
 * {@code SETPOINT_ADMIN_TOKEN}, {@code SETPOINT_PUBLIC_URL}.
 *
 * @param dataDir where SQLite's file and the template directory live; {@link DefaultDataDir} when not set
 * @param dbUrl a JDBC URL; empty for SQLite in {@code dataDir}
 * @param templatesDir the template directory; {@code <dataDir>/templates} when empty
 * @param templatesPoll how often the template directory is checked for changes
 * @param adminToken on first start only: the API token the created admin gets
 * @param maxJsonBody the largest request body accepted
 * @param publicUrl the URL people reach the server at, for absolute links; null for path-absolute ones
 */
@ConfigurationProperties("setpoint")
public record SetpointProperties(
        Path dataDir,
        @Nullable String dbUrl,
        @Nullable Path templatesDir,
        @DefaultValue("1s") Duration templatesPoll,
        @Nullable String adminToken,
        @DefaultValue("1MB") DataSize maxJsonBody,
        @Nullable String publicUrl) {

    public SetpointProperties {
        if (dataDir == null) {
            dataDir = DefaultDataDir.of(System.getenv()); // SETPOINT_DATA_DIR is bound already when set
        }
        dbUrl = dbUrl == null || dbUrl.isBlank() ? null : dbUrl;
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
        publicUrl = PublicUrl.checked(publicUrl);
    }

    public Path effectiveTemplatesDir() {
        return templatesDir != null ? templatesDir : dataDir.resolve("templates");
    }
}
