package dev.setpoint.server;

import dev.setpoint.store.DefaultDataDir;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to start a server: what {@code setpoint serve} takes from its flags and environment.
 *
 * @param port the TCP port; 0 picks a free one
 * @param bindAddress the address to listen on; 127.0.0.1 unless the operator opens it up
 * @param dataDir where the embedded database and the {@code templates} directory live
 * @param dbUrl a JDBC URL ({@code jdbc:postgresql://...}), or {@code null} for SQLite in {@code dataDir}
 * @param workers how many jobs run at once; 0 for {@code SETPOINT_WORKERS}, else one per core
 */
public record ServerOptions(
        int port,
        String bindAddress,
        Path dataDir,
        @Nullable String dbUrl,
        int workers) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        dbUrl = dbUrl == null || dbUrl.isBlank() ? null : dbUrl;
        if (workers < 0 || workers > 256) {
            throw new IllegalArgumentException("workers must be 0 (the default) to 256, not " + workers);
        }
    }

    public ServerOptions(int port, String bindAddress, Path dataDir, @Nullable String dbUrl) {
        this(port, bindAddress, dataDir, dbUrl, 0);
    }

    /**
     * The defaults overridden by {@code SETPOINT_PORT}, {@code SETPOINT_DATA_DIR} and
     * {@code SETPOINT_DB_URL}; flags are applied on top with the {@code with...} methods.
     */
    public static ServerOptions fromEnvironment(Map<String, String> env) {
        String port = env.get("SETPOINT_PORT");
        return new ServerOptions(
                port == null || port.isBlank() ? DEFAULT_PORT : parsePort(port),
                DEFAULT_BIND_ADDRESS,
                DefaultDataDir.of(env),
                DefaultDataDir.dbUrl(env));
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(port, bindAddress, dataDir, dbUrl, workers);
    }

    public ServerOptions withBindAddress(String bindAddress) {
        return new ServerOptions(port, bindAddress, dataDir, dbUrl, workers);
    }

    public ServerOptions withDataDir(Path dataDir) {
        return new ServerOptions(port, bindAddress, dataDir, dbUrl, workers);
    }

    public ServerOptions withDbUrl(String dbUrl) {
        return new ServerOptions(port, bindAddress, dataDir, dbUrl, workers);
    }

    public ServerOptions withWorkers(int workers) {
        return new ServerOptions(port, bindAddress, dataDir, dbUrl, workers);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SETPOINT_PORT must be a port number, not '" + text + "'", e);
        }
    }
}
