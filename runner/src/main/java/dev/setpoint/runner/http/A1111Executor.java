package dev.setpoint.runner.http;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.Parameters;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Text-to-image through an AUTOMATIC1111-style web UI API: {@code POST /sdapi/v1/txt2img}, whose
 * answer carries the images as base64 PNGs, written as {@code image-1.png}, {@code image-2.png}...
 * While it runs, {@code GET /sdapi/v1/progress} is polled for progress (0 to 1).
 */
public final class A1111Executor implements Executor {

    static final String TXT2IMG = "/sdapi/v1/txt2img";
    static final String PROGRESS = "/sdapi/v1/progress?skip_current_image=true";

    /** Fields of the API's StableDiffusionProcessingTxt2Img sent without a mapping. */
    static final Set<String> KNOWN_FIELDS = Set.of(
            "prompt",
            "negative_prompt",
            "steps",
            "cfg_scale",
            "sampler_name",
            "width",
            "height",
            "enable_hr",
            "hr_scale",
            "hr_second_pass_steps",
            "hr_upscaler",
            "denoising_strength",
            "seed",
            "batch_size");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int INFO_LOG_CHARS = 4000;

    private final Backend backend;
    private final Duration pollEvery;

    public A1111Executor(HttpClient client) {
        this(client, Duration.ofSeconds(1));
    }

    /** @param pollEvery how often progress is asked for while the image is made */
    public A1111Executor(HttpClient client, Duration pollEvery) {
        this.backend = new Backend(client);
        this.pollEvery = pollEvery;
    }

    @Override
    public RunOutcome run(RunSpec spec, ProgressSink progress) throws InterruptedException {
        Execution.Http http = Apis.http(spec, "a1111_txt2img");
        Map<String, Value> body = Fields.mapped(Parameters.checked(spec), http.fields(), KNOWN_FIELDS);
        URI progressUri = Backend.resolve(http.url(), PROGRESS);
        JsonNode answer = backend.post(
                Backend.resolve(http.url(), TXT2IMG),
                new Value.Obj(body),
                http.timeout(),
                () -> poll(progressUri, progress),
                pollEvery);
        List<Output> outputs = writeImages(answer, spec.workDir());
        progress.report("sampling", 1);
        String info = answer.path("info").isString() ? answer.get("info").stringValue() : "";
        // The API measures nothing about the images: its info repeats the parameters and the seed
        // used, which stay in the log. The run has no metrics.
        return new RunOutcome(
                outputs, info.length() > INFO_LOG_CHARS ? info.substring(0, INFO_LOG_CHARS) : info, Map.of());
    }

    /** Pixel-steps of both passes: the first at width x height, the high-resolution fix at the scaled size. */
    @Override
    public double workUnits(RunSpec spec) {
        Execution.Http http = Apis.http(spec, "a1111_txt2img");
        Map<String, Value> body = Fields.mapped(Parameters.checked(spec), http.fields(), KNOWN_FIELDS);
        double pixels = Fields.number(body, "width", 512) * Fields.number(body, "height", 512);
        double steps = Fields.number(body, "steps", 20);
        boolean hr = body.get("enable_hr") instanceof Value.Bool b && b.value();
        if (!hr) {
            return pixels * steps;
        }
        double scale = Fields.number(body, "hr_scale", 2);
        double hrSteps = Fields.number(body, "hr_second_pass_steps", 0);
        return pixels * steps + pixels * scale * scale * (hrSteps > 0 ? hrSteps : steps);
    }

    private void poll(URI uri, ProgressSink progress) {
        try {
            backend.getQuietly(uri, pollEvery.multipliedBy(5)).ifPresent(node -> {
                double fraction = node.path("progress").asDouble(0);
                if (fraction > 0 && fraction <= 1) {
                    progress.report("sampling", fraction);
                }
            });
        } catch (InterruptedException e) {
            // The interrupt ends the wait for the image right after this poll.
            Thread.currentThread().interrupt();
        }
    }

    private static List<Output> writeImages(JsonNode answer, Path workDir) {
        JsonNode images = answer.get("images");
        if (images == null || !images.isArray() || images.isEmpty()) {
            throw SetpointException.runFailed(
                    "the txt2img answer has no images: expected {\"images\": [base64 PNG, ...]}");
        }
        List<Output> outputs = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            byte[] png = decode(images.get(i), i);
            String name = "image-" + (i + 1) + ".png";
            try {
                Files.write(workDir.resolve(name), png);
            } catch (IOException e) {
                throw SetpointException.runFailed("cannot write " + name + ": " + e.getMessage(), e);
            }
            outputs.add(new Output(name, "image/png", png.length));
        }
        return outputs;
    }

    private static byte[] decode(JsonNode image, int index) {
        if (!image.isString()) {
            throw SetpointException.runFailed("images[" + index + "] of the txt2img answer is not a string");
        }
        String text = image.stringValue();
        // Some forks answer data URIs; the documented shape is bare base64.
        String base64 = text.startsWith("data:") ? text.substring(text.indexOf(',') + 1) : text;
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SetpointException.runFailed(
                    "images[" + index + "] of the txt2img answer is not base64: " + e.getMessage(), e);
        }
        if (bytes.length < PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw SetpointException.runFailed("images[" + index + "] of the txt2img answer is not a PNG");
        }
        return bytes;
    }
}
