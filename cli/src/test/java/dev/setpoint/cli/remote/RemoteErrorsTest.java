package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.SetpointException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What a user sees when the server refuses, cannot be found, or does not know them. */
class RemoteErrorsTest {

    @TempDir
    Path dir;

    @Test
    void withoutATokenTheServerAsksForOne() {
        Cli.Result result = new Cli(dir, Map.of("SETPOINT_SERVER", TestServer.url()))
                .run("presets", "list")
                .failsWith(ExitCodes.NOT_AUTHENTICATED);
        assertThat(result.err())
                .isEqualTo("setpoint: not authenticated: set SETPOINT_TOKEN to an API token of " + TestServer.url()
                        + "\n");
    }

    @Test
    void aTokenTheServerDoesNotKnowIsRefused() {
        Cli.Result result = new Cli(dir)
                .run(
                        "presets",
                        "list",
                        "--server",
                        TestServer.url(),
                        "--token",
                        "sp_unknown0000000000000000000000000000000")
                .failsWith(ExitCodes.NOT_AUTHENTICATED);
        assertThat(result.err()).contains("does not accept the token");
    }

    @Test
    void aServerThatIsNotThereIsOneLineAndExit1() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;
        Cli.Result result = new Cli(dir, Map.of("SETPOINT_SERVER", url, "SETPOINT_TOKEN", "sp_x"))
                .run("merge", "balanced")
                .failsWith(ExitCodes.IO);
        assertThat(result.err())
                .startsWith("setpoint: cannot reach the server at " + url + ": ")
                .hasLineCount(1);
    }

    @Test
    void anEmptyServerOptionWorksHereEvenWhenTheVariableNamesAServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Cli.Result result = new Cli(
                        dir, Map.of("SETPOINT_SERVER", "http://127.0.0.1:" + port, "SETPOINT_TOKEN", "sp_x"))
                .run("presets", "list", "--server", "")
                .succeeds();
        assertThat(result.out()).contains("High Throughput");
    }

    @Test
    void aServerUrlThatIsNotOneIsAUsageError() {
        new Cli(dir).run("presets", "list", "--server", "localhost:8080").failsWith(ExitCodes.USAGE);
    }

    @Test
    void anIdWithASpaceReachesTheServerAsWritten() {
        Cli.Result result =
                new Cli(dir, TestServer.env()).run("jobs", "show", "a b").failsWith(ExitCodes.INVALID);
        assertThat(result.err())
                .startsWith("setpoint: id: 'a b' is not a job id: job ids are UUIDs")
                .hasLineCount(1);
    }

    @Test
    void anUnknownIdIsNotFound() {
        Cli.Result result =
                new Cli(dir, TestServer.env()).run("presets", "show", "999999").failsWith(ExitCodes.NOT_FOUND);
        assertThat(result.err()).isEqualTo("setpoint: id: no preset 999999\n");
    }

    @Test
    void mergingAQualityPresetIsInvalidAtItsPlaceInTheRequest() {
        Cli.Result result =
                new Cli(dir, TestServer.env()).run("merge", "balanced", "high").failsWith(ExitCodes.INVALID);
        assertThat(result.err()).contains("/preset_ids/1").contains("quality preset");
    }

    @Test
    void templatesFromALocalDirectoryAreRefusedAgainstAServer() {
        Cli.Result result = new Cli(dir, TestServer.env())
                .run("templates", "list", "--templates", ".")
                .failsWith(ExitCodes.USAGE);
        assertThat(result.err()).contains("--templates reads a local directory");
    }

    /** Each status a server answers with maps to the offline exit code; each listed error is one line. */
    @ParameterizedTest
    @CsvSource({
        "400, 3", "404, 4", "415, 3", "422, 5", "413, 6", "409, 7", "403, 8", "412, 9", "503, 1", "507, 1", "502, 11",
        "401, 10", "500, 70"
    })
    void statusesMapToTheOfflineExitCodes(int status, int exit) throws IOException {
        HttpServer fake = answering(status);
        try {
            String url = "http://127.0.0.1:" + fake.getAddress().getPort();
            Cli.Result result = new Cli(dir, Map.of("SETPOINT_SERVER", url, "SETPOINT_TOKEN", "sp_x"))
                    .run("presets", "show", "7")
                    .failsWith(exit);
            if (status == 401) {
                assertThat(result.err()).contains("not authenticated").hasLineCount(1);
            } else if (status == 500) {
                assertThat(result.err()).isEqualTo("setpoint: the server at " + url + " answered 500: d\n");
            } else {
                assertThat(result.err()).isEqualTo("setpoint: /name: first\nsetpoint: q: second\n");
            }
        } finally {
            fake.stop(0);
        }
    }

    /**
     * The round trip of the two tables: every kind has its own status ({@link Kind#httpStatus}, which
     * the server answers), and the CLI reads that status back as the same kind, so it exits with the
     * code an offline command throwing that kind exits with.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindsStatusComesBackAsThatKindAndItsExitCode(Kind kind) throws IOException {
        assertThat(RemoteErrors.kind(kind.httpStatus())).isEqualTo(kind);
        HttpServer fake = answering(kind.httpStatus());
        try {
            String url = "http://127.0.0.1:" + fake.getAddress().getPort();
            Cli.Result result = new Cli(dir, Map.of("SETPOINT_SERVER", url, "SETPOINT_TOKEN", "sp_x"))
                    .run("presets", "show", "7")
                    .failsWith(ExitCodes.of(kind));
            assertThat(result.err()).isEqualTo("setpoint: /name: first\nsetpoint: q: second\n");
        } finally {
            fake.stop(0);
        }
    }

    @Test
    void aProxysBadGatewayPageIsNotAFailedRun() throws IOException {
        HttpServer proxy = answering(502, "text/html", "<html><body>502 Bad Gateway</body></html>");
        try {
            String url = "http://127.0.0.1:" + proxy.getAddress().getPort();
            Cli.Result result = new Cli(dir, Map.of("SETPOINT_SERVER", url, "SETPOINT_TOKEN", "sp_x"))
                    .run("presets", "show", "7")
                    .failsWith(ExitCodes.INTERNAL);
            assertThat(result.err()).isEqualTo("setpoint: the server at " + url + " answered 502: no details\n");
        } finally {
            proxy.stop(0);
        }
    }

    /** A server that answers every request with {@code status} and a problem document listing two errors. */
    private static HttpServer answering(int status) throws IOException {
        return answering(
                status,
                "application/problem+json",
                "{\"type\": \"about:blank\", \"title\": \"t\", \"status\": "
                        + status + ", \"detail\": \"d\", \"errors\": [{\"pointer\": \"/name\", \"message\": \"first\"},"
                        + " {\"field\": \"q\", \"message\": \"second\"}]}");
    }

    private static HttpServer answering(int status, String contentType, String text) throws IOException {
        HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/", exchange -> {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        fake.start();
        return fake;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "../escaped.txt | /api/jobs/ID/outputs/x | the server named an output '../escaped.txt', which is not a file name; nothing was saved",
                "/tmp/absolute.txt | /api/jobs/ID/outputs/x | the server named an output '/tmp/absolute.txt', which is not a file name; nothing was saved",
                "fine2.txt | http://elsewhere.invalid/x | but the server at URL gave 'http://elsewhere.invalid/x', which is not a path on it"
            })
    void outputsAreSavedOnlyUnderPlainNamesFromPathsOnTheServer(String name, String url, String error)
            throws IOException {
        String id = "11111111-1111-1111-1111-111111111111";
        String job = ("{\"id\": \"ID\", \"status\": \"succeeded\", \"estimate\": 1, \"run_seconds\": 1, "
                        + "\"error\": null, \"outputs\": [{\"name\": \"fine.txt\", \"url\": \"/api/jobs/ID/outputs/fine.txt\", "
                        + "\"media_type\": \"text/plain\", \"bytes\": 2}, {\"name\": \"NAME\", \"url\": \"URL\", "
                        + "\"media_type\": \"text/plain\", \"bytes\": 2}]}")
                .replace("ID", id)
                .replace("NAME", name)
                .replace("URL", url);
        HttpServer hostile = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hostile.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().equals("/api/jobs/" + id) ? job : "hi")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        hostile.start();
        try {
            String server = "http://127.0.0.1:" + hostile.getAddress().getPort();
            Path into = dir.resolve("out").resolve("sub");
            Cli.Result result = new Cli(dir, Map.of("SETPOINT_SERVER", server, "SETPOINT_TOKEN", "sp_x"))
                    .run("jobs", "show", id, "--output-dir", into.toString())
                    .failsWith(ExitCodes.IO);
            String prefix = error.startsWith("but") ? "job " + id + " succeeded, " : "job " + id + ": ";
            assertThat(result.err()).isEqualTo("setpoint: " + prefix + error.replace("URL", server) + "\n");
            assertThat(dir.resolve("out").resolve("escaped.txt")).doesNotExist();
            assertThat(Path.of("/tmp/absolute.txt")).doesNotExist();
        } finally {
            hostile.stop(0);
        }
    }
}
