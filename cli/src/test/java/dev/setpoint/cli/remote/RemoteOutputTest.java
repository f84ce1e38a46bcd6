package dev.setpoint.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.core.value.Json;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against a server that holds only the built-in presets and templates, every verb prints what it
 * prints offline: the same JSON (compared as JSON) and the same text, with the same exit code. The
 * server is this test's own: the shared one holds the presets and runs other tests made, whichever
 * ran first.
 */
class RemoteOutputTest {

    private static TestServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.own();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> jsonCommands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"presets", "list", "--json"}),
                Arguments.of((Object) new String[] {"presets", "list", "--kind", "quality", "--json"}),
                Arguments.of((Object) new String[] {"presets", "show", "high", "--json"}),
                Arguments.of((Object) new String[] {"presets", "show", "High Throughput", "--json"}),
                Arguments.of((Object) new String[] {"merge", "balanced", "low-latency", "--json"}),
                Arguments.of((Object)
                        new String[] {"merge", "--strategy", "intersection", "high-throughput", "Low Latency", "--json"
                        }),
                Arguments.of((Object)
                        new String[] {"merge", "--strategy", "last_wins", "balanced", "low-latency", "--json"}),
                Arguments.of((Object) new String[] {
                    "apply",
                    "--template",
                    "sd-image",
                    "--quality",
                    "high",
                    "--inputs",
                    "{\"prompt\": \"a lighthouse\"}",
                    "--json"
                }),
                Arguments.of((Object) new String[] {
                    "apply",
                    "--template",
                    "sd-image",
                    "--quality",
                    "ultra",
                    "--inputs",
                    "{\"prompt\": \"a lighthouse\", \"steps\": 12}",
                    "--json",
                    "--explain"
                }),
                Arguments.of(
                        (Object) new String[] {"check", "--template", "sd-image", "--preset", "balanced", "--json"}),
                Arguments.of((Object)
                        new String[] {"check", "--template", "text-completion", "--quality", "draft", "--json"}),
                Arguments.of((Object)
                        new String[] {"estimate", "--template", "text-to-video", "--quality", "high", "--json"}),
                Arguments.of((Object) new String[] {"templates", "list", "--json"}),
                Arguments.of((Object) new String[] {"templates", "list", "--category", "audio_generation", "--json"}),
                Arguments.of((Object) new String[] {"templates", "show", "sd-image", "--json"}));
    }

    @ParameterizedTest
    @MethodSource("jsonCommands")
    void remoteJsonEqualsOfflineJson(String[] args) {
        Cli.Result offline = new Cli(dir).run(args);
        Cli.Result remote = new Cli(dir, server.environment()).run(args);
        assertThat(remote.exit()).as(remote.err()).isEqualTo(offline.exit());
        assertThat(remote.err()).isEqualTo(offline.err());
        assertThat(Json.parse(remote.out())).isEqualTo(Json.parse(offline.out()));
    }

    static Stream<Arguments> textCommands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"presets", "list"}),
                Arguments.of((Object) new String[] {"presets", "show", "standard"}),
                Arguments.of((Object) new String[] {"presets", "show", "memory-efficient"}),
                Arguments.of((Object) new String[] {"merge", "--strategy", "last_wins", "balanced", "low-latency"}),
                Arguments.of((Object) new String[] {
                    "apply", "--template", "sd-image", "--quality", "draft", "--inputs", "{\"prompt\": \"x\"}"
                }),
                Arguments.of((Object)
                        new String[] {"apply", "--template", "sd-image", "--inputs", "{\"prompt\": \"x\"}", "--explain"
                        }),
                Arguments.of((Object) new String[] {"check", "--template", "sd-image", "--preset", "high-throughput"}),
                Arguments.of((Object) new String[] {"estimate", "--template", "sd-image", "--quality", "ultra"}),
                Arguments.of((Object) new String[] {"templates", "list"}),
                Arguments.of((Object) new String[] {"templates", "show", "text-completion"}),
                // Failures the server reports print the offline lines, at the option the user gave.
                Arguments.of((Object) new String[] {"apply", "--template", "nope", "--inputs", "{}"}),
                Arguments.of((Object) new String[] {"estimate", "--template", "sd-image", "--quality", "bogus"}),
                Arguments.of((Object) new String[] {"apply", "--template", "sd-image", "--inputs", "{}"}),
                Arguments.of((Object) new String[] {"templates", "show", "nope"}));
    }

    @ParameterizedTest
    @MethodSource("textCommands")
    void remoteTextEqualsOfflineText(String[] args) {
        Cli.Result offline = new Cli(dir).run(args);
        Cli.Result remote = new Cli(dir, server.environment()).run(args);
        assertThat(remote).isEqualTo(offline);
    }
}
