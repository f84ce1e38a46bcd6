package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With {@code setpoint.public-url} set, links are absolute under it, whatever host a client names. */
class PublicUrlTest {

    private static final String PUBLIC = "https://setpoint.example.com/tools";

    private static SetpointServer server;
    private static String startOutput;

    @BeforeAll
    static void start() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            server = OwnServer.start(
                    Files.createTempDirectory("setpoint-public-url"),
                    null,
                    Map.of("setpoint.public-url", PUBLIC + "/"));
        } finally {
            System.setOut(original);
            startOutput = captured.toString(StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theFirstStartMessageSaysToLogInAtThePublicUrl() {
        assertThat(startOutput).contains("log in at " + PUBLIC + "/login");
    }

    @Test
    void locationAndLinkAreUnderThePublicUrl() {
        String auth = HostHeaderTest.bearer(ServerTestBase.ADMIN_TOKEN);
        String created = RawHttp.exchange(
                server.port(),
                HostHeaderTest.EVIL,
                RawHttp.Request.post("/api/presets/", "{\"name\": \"Public\", \"parameters\": {}}", auth));
        assertThat(RawHttp.header(created, "Location"))
                .isEqualTo(PUBLIC + "/api/presets/" + HostHeaderTest.createdId(created));
        String list = RawHttp.exchange(
                server.port(), HostHeaderTest.EVIL, RawHttp.Request.get("/api/presets?limit=1&q=a%20b", auth));
        assertThat(RawHttp.header(list, "Link"))
                .startsWith("<" + PUBLIC + "/api/presets?q=a%20b&offset=0&limit=1>; rel=\"first\", <" + PUBLIC
                        + "/api/presets?q=a%20b&offset=");
        assertThat(RawHttp.exchange(server.port(), HostHeaderTest.EVIL, RawHttp.Request.get("/v3/api-docs")))
                .contains(PUBLIC);
    }

    @Test
    void noResponseNamesASpoofedHostOrForwardedHost() {
        assertThat(HostHeaderTest.offenders(server.port(), ServerTestBase.ADMIN_TOKEN))
                .isEmpty();
    }
}
