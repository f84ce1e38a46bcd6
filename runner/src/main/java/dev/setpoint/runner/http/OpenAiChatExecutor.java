package dev.setpoint.runner.http;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Metrics;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.Parameters;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Text through an OpenAI-compatible chat completions API ({@code POST /v1/chat/completions}, as
 * served by SGLang, vLLM, llama.cpp and others). The parameter sent as {@code prompt} becomes the
 * user message and {@code system_prompt} (when not empty) the system message; the answer's first
 * choice is written to {@code completion.txt}; its token usage, and the timings llama.cpp's server adds,
 * become the run's metrics (those the template declares).
 */
public final class OpenAiChatExecutor implements Executor {

    static final String COMPLETIONS = "/v1/chat/completions";
    static final String OUTPUT = "completion.txt";

    /** Request fields sent without a mapping; prompt and system_prompt become messages. */
    static final Set<String> KNOWN_FIELDS = Set.of(
            "model",
            "prompt",
            "system_prompt",
            "max_tokens",
            "temperature",
            "top_p",
            "seed",
            "presence_penalty",
            "frequency_penalty");

    private static final List<String> USAGE = List.of("prompt_tokens", "completion_tokens", "total_tokens");

    /** llama.cpp's {@code timings} member to the metric it becomes, and the factor (ms to s). */
    private static final Map<String, Map.Entry<String, Double>> TIMINGS = Map.of(
            "prompt_ms", Map.entry("prompt_seconds", 0.001),
            "predicted_ms", Map.entry("generation_seconds", 0.001),
            "predicted_per_second", Map.entry("tokens_per_second", 1.0));

    private final Backend backend;

    public OpenAiChatExecutor(HttpClient client) {
        this.backend = new Backend(client);
    }

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Execution.Http http = Apis.http(spec, "openai_chat");
        Map<String, Value> fields = Fields.mapped(Parameters.checked(spec), http.fields(), KNOWN_FIELDS);
        JsonNode answer = backend.post(
                Backend.resolve(http.url(), COMPLETIONS),
                request(fields),
                http.timeout(),
                () -> {},
                Duration.ofSeconds(1));
        JsonNode choice = answer.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (!content.isString()) {
            throw SetpointException.runFailed("the chat completion has no choices[0].message.content: "
                    + Backend.excerpt(answer.toString().getBytes(StandardCharsets.UTF_8)));
        }
        byte[] text = content.stringValue().getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(spec.workDir().resolve(OUTPUT), text);
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot write " + OUTPUT + ": " + e.getMessage(), e);
        }
        progress.report("generating", 1);
        String log = "model " + answer.path("model").asString("?") + ", finish_reason "
                + choice.path("finish_reason").asString("?");
        return new RunOutcome(
                List.of(new Output(OUTPUT, "text/plain", text.length)),
                log,
                Metrics.declared(spec.template(), measured(answer)));
    }

    /** The most tokens the answer may have: generation time grows with them. */
    @Override
    public double workUnits(RunSpec spec) {
        Execution.Http http = Apis.http(spec, "openai_chat");
        return Fields.number(Fields.mapped(Parameters.checked(spec), http.fields(), KNOWN_FIELDS), "max_tokens", 1);
    }

    private static Value request(Map<String, Value> fields) {
        Map<String, Value> body = new LinkedHashMap<>(fields);
        List<Value> messages = new ArrayList<>();
        Value system = body.remove("system_prompt");
        if (system instanceof Value.Str s && !s.value().isEmpty()) {
            messages.add(message("system", s));
        }
        Value prompt = body.remove("prompt");
        if (prompt != null) {
            messages.add(message("user", prompt));
        }
        body.put("messages", Value.arr(messages));
        return new Value.Obj(body);
    }

    private static Value message(String role, Value content) {
        Map<String, Value> message = new LinkedHashMap<>();
        message.put("role", Value.of(role));
        message.put("content", content);
        return new Value.Obj(message);
    }

    /**
     * The token counts of {@code usage} (every compatible server), and the timings llama.cpp's server
     * adds under {@code timings}; what the answer lacks is left out.
     */
    private static Map<String, Double> measured(JsonNode answer) {
        Map<String, Double> metrics = new HashMap<>();
        JsonNode usage = answer.path("usage");
        for (String name : USAGE) {
            if (usage.path(name).isNumber()) {
                metrics.put(name, usage.get(name).doubleValue());
            }
        }
        JsonNode timings = answer.path("timings");
        TIMINGS.forEach((field, metric) -> {
            if (timings.path(field).isNumber()) {
                metrics.put(metric.getKey(), timings.get(field).doubleValue() * metric.getValue());
            }
        });
        return metrics;
    }
}
