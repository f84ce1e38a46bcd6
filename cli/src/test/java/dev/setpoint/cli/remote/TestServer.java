package dev.setpoint.cli.remote;

import dev.setpoint.server.ServerOptions;
import dev.setpoint.server.SetpointServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Real servers for the remote tests: in this JVM, on a free port, over SQLite in a temporary
 * directory, with a known admin token. The shared one is started on first use and stopped when the
 * JVM ends; its presets and run history are whatever the tests before made. A test that needs a
 * server holding only the built-ins ({@code RemoteOutputTest}), or that runs a template other tests
 * estimate ({@code RemoteJobsListTest}'s sd-image), has one of its own ({@link #own()}), so that
 * no test's answer depends on which ran first.
 */
final class TestServer implements AutoCloseable {

    static final String ADMIN_TOKEN = "sp_cliTestAdminToken0123456789abcdefghijklm";

    private static TestServer shared;

    private final SetpointServer server;

    private TestServer(SetpointServer server) {
        this.server = server;
    }

    static synchronized String url() {
        if (shared == null) {
            TestServer started = own();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        return shared.server.url();
    }

    /** The environment a command run against the shared server gets: its URL and the admin's token. */
    static Map<String, String> env() {
        return env(url());
    }

    /** A server with its own data directory; the caller closes it. */
    static TestServer own() {
        try {
            Path dir = Files.createTempDirectory("setpoint-cli-remote");
            // Read by the server only on its first start, as SETPOINT_ADMIN_TOKEN would be.
            System.setProperty("setpoint.admin-token", ADMIN_TOKEN);
            return new TestServer(
                    SetpointServer.start(new ServerOptions(0, ServerOptions.DEFAULT_BIND_ADDRESS, dir, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment a command run against this server gets. */
    Map<String, String> environment() {
        return env(server.url());
    }

    @Override
    public void close() {
        server.close();
    }

    private static Map<String, String> env(String url) {
        return Map.of("SETPOINT_SERVER", url, "SETPOINT_TOKEN", ADMIN_TOKEN);
    }
}
