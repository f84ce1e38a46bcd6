package dev.setpoint.runner;

import static dev.setpoint.runner.TestTemplates.NO_INPUTS;
import static dev.setpoint.runner.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.runner.command.CommandExecutor;
import dev.setpoint.runner.command.EngineExecutor;
import dev.setpoint.runner.http.A1111Executor;
import dev.setpoint.runner.http.OpenAiChatExecutor;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorRegistryTest {

    static final HttpClient CLIENT = HttpClient.newHttpClient();

    final ExecutorRegistry nothingInstalled = new ExecutorRegistry(program -> false, CLIENT);
    final ExecutorRegistry thisMachine = new ExecutorRegistry(ExecutorRegistry::onPath, CLIENT);

    @Test
    void aTemplateWithoutExecutionIsUnavailableWithTheReason() {
        Template planOnly = TemplateLoader.parse("""
                id: plan-only
                version: 1.0.0
                name: Plan only
                category: text_generation
                inputs: {prompt: {type: string}}
                resources: {cpu: 1, memory: 1}
                base_execution_time: 1
                cost_per_second: 0
                """);

        assertThat(thisMachine.availability(planOnly))
                .isEqualTo(new Availability.Unavailable("this template declares no way to run"));
    }

    @Test
    void aCommandTemplateIsUnavailableWhenItsProgramIsNotInstalled() {
        assertThat(nothingInstalled.availability(TemplateRegistry.builtin().resolve("ffmpeg-video")))
                .isEqualTo(new Availability.Unavailable("needs ffmpeg, which is not installed"));
        assertThat(nothingInstalled.availability(
                        template(NO_INPUTS, "command: {argv: [convert], requires: [gm], timeout_seconds: 5}")))
                .isEqualTo(new Availability.Unavailable("needs gm and convert, which are not installed"));
    }

    @Test
    void theShippedCommandTemplatesAreAvailableWhereTheirToolsAreInstalled() {
        for (String id : new String[] {"ffmpeg-video", "ffmpeg-mp3", "espeak-speech"}) {
            assertThat(thisMachine.availability(TemplateRegistry.builtin().resolve(id)))
                    .as(id)
                    .isInstanceOfSatisfying(
                            Availability.Available.class,
                            a -> assertThat(a.executor()).isInstanceOf(CommandExecutor.class));
        }
    }

    @Test
    void aCommandWithAnUnknownPlaceholderIsUnavailableNamingIt() {
        Availability availability = thisMachine.availability(
                template(NO_INPUTS, "command: {argv: [sh, \"{unused}\", \"{quality}\"], timeout_seconds: 5}"));

        assertThat(availability)
                .isInstanceOfSatisfying(
                        Availability.Unavailable.class,
                        u -> assertThat(u.reason()).contains("unknown placeholder {quality}"));
    }

    @Test
    void httpTemplatesAreAvailableWhetherOrNotTheirBackendRuns() {
        assertThat(nothingInstalled.availability(TemplateRegistry.builtin().resolve("a1111-txt2img")))
                .isInstanceOfSatisfying(
                        Availability.Available.class,
                        a -> assertThat(a.executor()).isInstanceOf(A1111Executor.class));
        assertThat(nothingInstalled.availability(TemplateRegistry.builtin().resolve("openai-chat")))
                .isInstanceOfSatisfying(
                        Availability.Available.class,
                        a -> assertThat(a.executor()).isInstanceOf(OpenAiChatExecutor.class));
    }

    @Test
    void anEngineTemplateIsUnavailableWhilePython3OrItsModuleIsMissing() {
        Template sglang = TemplateRegistry.builtin().resolve("sglang-server");
        Template vllm = TemplateRegistry.builtin().resolve("vllm-server");
        ExecutorRegistry noModules = new ExecutorRegistry(program -> true, module -> false, CLIENT);

        assertThat(nothingInstalled.availability(sglang))
                .isEqualTo(new Availability.Unavailable("needs python3, which is not installed"));
        assertThat(noModules.availability(sglang))
                .isEqualTo(new Availability.Unavailable(
                        "needs the Python module sglang, which python3 cannot import here"));
        assertThat(noModules.availability(vllm))
                .isEqualTo(
                        new Availability.Unavailable("needs the Python module vllm, which python3 cannot import here"));
    }

    @Test
    void anEngineTemplateIsAvailableWhereItsModuleImports() {
        ExecutorRegistry everything = new ExecutorRegistry(program -> true, module -> true, CLIENT);

        assertThat(everything.availability(TemplateRegistry.builtin().resolve("sglang-server")))
                .isInstanceOfSatisfying(
                        Availability.Available.class,
                        a -> assertThat(a.executor()).isInstanceOf(EngineExecutor.class));
        assertThat(everything.availability(
                        template("""
                        model: {type: string, default: m}
                        concurrency: {type: integer, default: 1}
                        requests: {type: integer, default: 1}
                        prompt_tokens: {type: integer, default: 1}
                        output_tokens: {type: integer, default: 1}
                        """, "engine: {launch: [my-engine], timeout_seconds: 5, flags: {model: --model}}")))
                .isInstanceOf(Availability.Available.class);
    }

    @Test
    void python3IsAskedWhetherItFindsAModuleOncePerModule() {
        assumeTrue(ExecutorRegistry.onPath("python3"), "python3 is not installed here");
        PythonModules modules = new PythonModules();

        assertThat(modules.importable("json")).isTrue();
        assertThat(modules.importable("no_such_module_setpoint")).isFalse();
        assertThat(modules.importable("json")).isTrue();
    }

    @Test
    void aBuiltinIsLookedUpByName(@TempDir Path dir) throws Exception {
        Availability availability = thisMachine.availability(template(NO_INPUTS, "builtin: noop"));

        Executor noop = ((Availability.Available) availability).executor();
        RunOutcome outcome =
                noop.run(new RunSpec(template(NO_INPUTS, "builtin: noop"), Map.of(), dir), ProgressSink.NONE);
        assertThat(outcome.outputs())
                .singleElement()
                .satisfies(o -> assertThat(dir.resolve(o.name())).exists().hasSize(o.bytes()));
        assertThat(Files.list(dir)).hasSize(1);
    }

    @Test
    void onPathFindsInstalledProgramsOnly() {
        assertThat(ExecutorRegistry.onPath("sh")).isTrue();
        assertThat(ExecutorRegistry.onPath("no-such-program-setpoint")).isFalse();
    }
}
