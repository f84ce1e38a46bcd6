package dev.setpoint.runner.http;

import static dev.setpoint.runner.TestTemplates.atLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract test of the chat executor against a local server implementing the documented shape of
 * OpenAI's {@code POST /v1/chat/completions}; not a test against a real model server.
 */
class OpenAiChatContractTest {

    static final Template SHIPPED = TemplateRegistry.builtin().resolve("openai-chat");

    static final String COMPLETION = """
            {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "qwen2.5-7b",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Ships, mostly."},
                          "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 21, "completion_tokens": 4, "total_tokens": 25}}
            """;

    /** As llama.cpp's server answers: the usage, and its own timings in milliseconds. */
    static final String LLAMA_CPP_COMPLETION = """
            {"id": "chatcmpl-2", "object": "chat.completion", "created": 1700000000, "model": "qwen2.5-7b",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Ships."},
                          "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 21, "completion_tokens": 4, "total_tokens": 25},
             "timings": {"prompt_n": 21, "prompt_ms": 42.5, "prompt_per_token_ms": 2.02, "prompt_per_second": 494.1,
                         "predicted_n": 4, "predicted_ms": 250.0, "predicted_per_token_ms": 62.5,
                         "predicted_per_second": 16.0}}
            """;

    @TempDir
    Path dir;

    final FakeBackend backend = new FakeBackend();
    final OpenAiChatExecutor executor = new OpenAiChatExecutor(HttpClient.newHttpClient());

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void sendsMessagesAndSamplingFieldsAndWritesTheFirstChoice() throws Exception {
        backend.on("/v1/chat/completions", body -> new FakeBackend.Answer(200, COMPLETION));

        RunOutcome outcome = run(
                1,
                Map.of(
                        "prompt",
                        Value.of("What passes the lighthouse?"),
                        "system_prompt",
                        Value.of("Answer briefly."),
                        "model",
                        Value.of("qwen2.5-7b")));

        FakeBackend.Request request = backend.requests("/v1/chat/completions").get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.json()).isEqualTo(Json.parse("""
                {"model": "qwen2.5-7b", "max_tokens": 256, "temperature": 0.8, "top_p": 0.95,
                 "messages": [{"role": "system", "content": "Answer briefly."},
                              {"role": "user", "content": "What passes the lighthouse?"}]}
                """));
        assertThat(Files.readString(dir.resolve("completion.txt"))).isEqualTo("Ships, mostly.");
        assertThat(outcome.outputs()).containsExactly(new Output("completion.txt", "text/plain", 14));
        assertThat(outcome.metrics())
                .containsEntry("prompt_tokens", Value.of(21))
                .containsEntry("completion_tokens", Value.of(4))
                .containsEntry("total_tokens", Value.of(25));
        assertThat(outcome.log()).contains("finish_reason stop");
    }

    @Test
    void aLlamaCppAnswerAddsItsTimingsAndTheRunReportsEveryDeclaredMetricAndNothingElse() throws Exception {
        backend.on("/v1/chat/completions", body -> new FakeBackend.Answer(200, LLAMA_CPP_COMPLETION));

        RunOutcome outcome = run(2, Map.of("prompt", Value.of("hi")));

        assertThat(outcome.metrics().keySet())
                .containsExactlyElementsOf(
                        SHIPPED.metrics().stream().map(MetricSpec::name).toList());
        assertThat(outcome.metrics())
                .containsEntry("prompt_tokens", Value.of(21))
                .containsEntry("completion_tokens", Value.of(4))
                .containsEntry("total_tokens", Value.of(25))
                .containsEntry("prompt_seconds", Value.of(0.0425))
                .containsEntry("generation_seconds", Value.of(0.25))
                .containsEntry("tokens_per_second", Value.of(16.0));
    }

    @Test
    void aTemplateThatDeclaresNoMetricsGetsNoneFromTheAnswer() throws Exception {
        backend.on("/v1/chat/completions", body -> new FakeBackend.Answer(200, LLAMA_CPP_COMPLETION));
        Template bare = TemplateLoader.parse(shippedYaml().replaceAll("(?s)\nmetrics:.*?\nexecution:", "\nexecution:"));
        assertThat(bare.metrics()).isEmpty();

        RunOutcome outcome = executor.run(
                new RunSpec(
                        backend.serving(bare, Duration.ofSeconds(5)),
                        atLevel(bare, 2, Map.of("prompt", Value.of("hi"))),
                        dir),
                ProgressSink.NONE);

        assertThat(outcome.metrics()).isEmpty();
    }

    @Test
    void anEmptySystemPromptSendsOnlyTheUserMessage() throws Exception {
        backend.on("/v1/chat/completions", body -> new FakeBackend.Answer(200, COMPLETION));

        run(2, Map.of("prompt", Value.of("hi")));

        assertThat(backend.requests("/v1/chat/completions")
                        .get(0)
                        .json()
                        .members()
                        .get("messages"))
                .isEqualTo(Json.parse("[{\"role\": \"user\", \"content\": \"hi\"}]"));
    }

    @Test
    void anAnswerWithoutAChoiceIsAClearError() {
        backend.on(
                "/v1/chat/completions",
                body -> new FakeBackend.Answer(200, "{\"object\": \"chat.completion\", \"choices\": []}"));

        assertThatThrownBy(() -> run(2, Map.of("prompt", Value.of("hi"))))
                .hasMessageContaining("no choices[0].message.content");
    }

    @Test
    void aServerErrorFailsWithItsStatus() {
        backend.on(
                "/v1/chat/completions",
                body -> new FakeBackend.Answer(
                        404, "{\"error\": {\"message\": \"The model `gpt-9` does not exist\"}}"));

        assertThatThrownBy(() -> run(2, Map.of("prompt", Value.of("hi"))))
                .hasMessageContaining("answered HTTP 404")
                .hasMessageContaining("does not exist");
    }

    @Test
    void parametersAreCheckedBeforeAnythingIsSent() {
        backend.on("/v1/chat/completions", body -> new FakeBackend.Answer(200, COMPLETION));

        assertThatThrownBy(() -> run(2, Map.of("prompt", Value.of("hi"), "temperature", Value.of(7))))
                .hasMessageContaining("above the maximum 2");
        assertThat(backend.requests).isEmpty();
    }

    @Test
    void workIsTheMostTokensAsked() {
        assertThat(executor.workUnits(new RunSpec(SHIPPED, atLevel(SHIPPED, 4, Map.of("prompt", Value.of("hi"))), dir)))
                .isEqualTo(2048);
    }

    private static String shippedYaml() throws IOException {
        try (InputStream in = OpenAiChatContractTest.class.getResourceAsStream(
                "/dev/setpoint/core/template/builtin/openai-chat.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RunOutcome run(int level, Map<String, Value> inputs) throws InterruptedException {
        return executor.run(
                new RunSpec(backend.serving(SHIPPED, Duration.ofSeconds(5)), atLevel(SHIPPED, level, inputs), dir),
                ProgressSink.NONE);
    }
}
