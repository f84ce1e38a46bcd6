package dev.setpoint.cli.remote;

import dev.setpoint.server.ServerOptions;
import dev.setpoint.server.SetpointServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real server for the remote tests: in this JVM, on a free port, over SQLite in a temporary
 * directory, with a known admin token. Started on first use, stopped when the JVM ends.
 */
final class TestServer {

    static final String ADMIN_TOKEN = "sp_cliTestAdminToken0123456789abcdefghijklm";

    private static SetpointServer server;

    private TestServer() {}

    static synchronized String url() {
        if (server == null) {
            server = start();
        }
        return server.url();
    }

    /** The environment a command run against the server gets: its URL and the admin's token. */
    static Map<String, String> env() {
        return Map.of("SETPOINT_SERVER", url(), "SETPOINT_TOKEN", ADMIN_TOKEN);
    }

    private static SetpointServer start() {
        try {
            Path dir = Files.createTempDirectory("setpoint-cli-remote");
            // Read by the server only on its first start, as SETPOINT_ADMIN_TOKEN would be.
            System.setProperty("setpoint.admin-token", ADMIN_TOKEN);
            SetpointServer started =
                    SetpointServer.start(new ServerOptions(0, ServerOptions.DEFAULT_BIND_ADDRESS, dir, null));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
