package dev.setpoint.runner.http;

import static dev.setpoint.runner.TestTemplates.atLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Output;
import dev.setpoint.runner.ProgressSink;
import dev.setpoint.runner.RunOutcome;
import dev.setpoint.runner.RunSpec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract test of the AUTOMATIC1111 txt2img executor against a local server implementing the
 * documented shapes of {@code POST /sdapi/v1/txt2img} and {@code GET /sdapi/v1/progress}; not a
 * test against the real web UI.
 */
class A1111ContractTest {

    static final Template SHIPPED = TemplateRegistry.builtin().resolve("a1111-txt2img");
    static final Map<String, Value> PROMPT = Map.of("prompt", Value.of("a lighthouse at dusk"));

    /** Field name to JSON type, as StableDiffusionProcessingTxt2Img declares them. */
    static final Map<String, String> DOCUMENTED = Map.ofEntries(
            Map.entry("prompt", "string"),
            Map.entry("negative_prompt", "string"),
            Map.entry("steps", "number"),
            Map.entry("cfg_scale", "number"),
            Map.entry("sampler_name", "string"),
            Map.entry("width", "number"),
            Map.entry("height", "number"),
            Map.entry("enable_hr", "boolean"),
            Map.entry("hr_scale", "number"),
            Map.entry("hr_second_pass_steps", "number"),
            Map.entry("seed", "number"));

    @TempDir
    Path dir;

    final FakeBackend backend = new FakeBackend();
    final A1111Executor executor = new A1111Executor(HttpClient.newHttpClient(), Duration.ofMillis(50));

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void sendsTheDocumentedFieldsWritesTheImagesAndReportsPolledProgress() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        backend.on(
                "/sdapi/v1/progress",
                body -> new FakeBackend.Answer(
                        200,
                        "{\"progress\": " + Math.min(0.9, 0.3 * polls.incrementAndGet()) + ", \"eta_relative\": 1.5,"
                                + " \"state\": {\"sampling_step\": 3, \"sampling_steps\": 40}, \"current_image\": null,"
                                + " \"textinfo\": null}"));
        backend.on("/sdapi/v1/txt2img", body -> {
            Thread.sleep(400);
            return new FakeBackend.Answer(200, txt2imgAnswer(body, 2));
        });
        List<Double> progress = new CopyOnWriteArrayList<>();

        RunOutcome outcome = executor.run(
                new RunSpec(backend.serving(SHIPPED, Duration.ofSeconds(10)), atLevel(SHIPPED, 4, PROMPT), dir),
                (stage, fraction) -> progress.add(fraction));

        Value.Obj sent = backend.requests("/sdapi/v1/txt2img").get(0).json();
        assertThat(sent.members().keySet()).isEqualTo(DOCUMENTED.keySet());
        DOCUMENTED.forEach((field, type) ->
                assertThat(sent.members().get(field).typeName()).as(field).isEqualTo(type));
        assertThat(sent.members())
                .containsEntry("enable_hr", Value.TRUE)
                .containsEntry("hr_second_pass_steps", Value.of(20))
                .containsEntry("sampler_name", Value.of("DPM++ SDE Karras"));
        assertThat(outcome.outputs()).extracting(Output::name).containsExactly("image-1.png", "image-2.png");
        BufferedImage image = ImageIO.read(dir.resolve("image-2.png").toFile());
        assertThat(image.getWidth()).isEqualTo(8);
        assertThat(outcome.metrics())
                .as("the API measures nothing; the seed is a parameter")
                .isEmpty();
        assertThat(outcome.log()).contains("\"seed\": 1234");
        assertThat(backend.requests("/sdapi/v1/progress")).isNotEmpty();
        assertThat(progress).contains(0.3).endsWith(1.0);
    }

    @Test
    void anErrorStatusFailsWithTheStatusAndAnExcerptOfTheBody() {
        backend.on(
                "/sdapi/v1/txt2img", body -> new FakeBackend.Answer(422, "{\"detail\": \"Sampler not found: Nope\"}"));

        assertThatThrownBy(() -> run(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("answered HTTP 422")
                .hasMessageContaining("Sampler not found");
    }

    @Test
    void anAnswerWithoutImagesOrNotInJsonIsAClearError() {
        backend.on("/sdapi/v1/txt2img", body -> new FakeBackend.Answer(200, "{\"images\": [], \"info\": \"\"}"));
        assertThatThrownBy(() -> run(Duration.ofSeconds(5))).hasMessageContaining("has no images");

        FakeBackend html = new FakeBackend()
                .on("/sdapi/v1/txt2img", body -> new FakeBackend.Answer(200, "<html>proxy login</html>"));
        try {
            assertThatThrownBy(() -> executor.run(
                            new RunSpec(html.serving(SHIPPED, Duration.ofSeconds(5)), atLevel(SHIPPED, 2, PROMPT), dir),
                            ProgressSink.NONE))
                    .hasMessageContaining("malformed JSON")
                    .hasMessageContaining("proxy login");
        } finally {
            html.close();
        }
    }

    @Test
    void anImageThatIsNotAPngIsRejected() {
        backend.on(
                "/sdapi/v1/txt2img",
                body -> new FakeBackend.Answer(
                        200,
                        "{\"images\": [\"" + Base64.getEncoder().encodeToString("GIF89a....".getBytes()) + "\"]}"));

        assertThatThrownBy(() -> run(Duration.ofSeconds(5)))
                .hasMessageContaining("images[0]")
                .hasMessageContaining("not a PNG");
    }

    @Test
    void aSlowBackendTimesOut() {
        backend.on("/sdapi/v1/txt2img", body -> {
            Thread.sleep(5_000);
            return new FakeBackend.Answer(200, "{}");
        });

        assertThatThrownBy(() -> run(Duration.ofMillis(300)))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("did not answer within");
    }

    @Test
    void anInterruptCancelsTheRequest() throws Exception {
        backend.on("/sdapi/v1/txt2img", body -> {
            Thread.sleep(10_000);
            return new FakeBackend.Answer(200, "{}");
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread runner = new Thread(() -> {
            try {
                run(Duration.ofSeconds(30));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        runner.start();
        Thread.sleep(300);

        runner.interrupt();
        runner.join(2_000);

        assertThat(runner.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void aBackendThatIsDownIsAFailedRunNamingIt() {
        Template t = backend.serving(SHIPPED, Duration.ofSeconds(5));
        backend.close();

        assertThatThrownBy(() -> executor.run(new RunSpec(t, atLevel(SHIPPED, 2, PROMPT), dir), ProgressSink.NONE))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED))
                .hasMessageContaining("cannot reach the backend at " + backend.url())
                .hasMessageContaining("nothing accepts connections there")
                .hasMessageNotContaining("java.");
    }

    @Test
    void workIsPixelStepsOfBothPasses() {
        Template t = backend.serving(SHIPPED, Duration.ofSeconds(5));

        assertThat(executor.workUnits(new RunSpec(t, atLevel(SHIPPED, 2, PROMPT), dir)))
                .isEqualTo(512 * 512 * 25.0);
        assertThat(executor.workUnits(new RunSpec(t, atLevel(SHIPPED, 4, PROMPT), dir)))
                .isEqualTo(1024 * 1024 * 40.0 + 1536 * 1536 * 20.0);
    }

    private RunOutcome run(Duration timeout) throws InterruptedException {
        return executor.run(
                new RunSpec(backend.serving(SHIPPED, timeout), atLevel(SHIPPED, 2, PROMPT), dir), ProgressSink.NONE);
    }

    /** The documented answer: base64 PNGs, the parameters used, and info as a JSON string. */
    static String txt2imgAnswer(String request, int images) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff8800);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String encoded = "\"" + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"";
        String info = Json.write(Value.of("{\"prompt\": \"a lighthouse at dusk\", \"seed\": 1234}"));
        return "{\"images\": [" + String.join(", ", Collections.nCopies(images, encoded)) + "]," + " \"parameters\": "
                + request + ", \"info\": " + info + "}";
    }
}
