package dev.setpoint.core.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {

    static final String VALID = """
            id: tiny-image
            version: 1.2.3
            name: Tiny image
            description: A small template for tests
            category: image_generation
            runtime: sglang
            inputs:
              prompt: {type: string, required: true, min_length: 1, max_length: 200}
              width: {type: integer, default: 512, min: 64, max: 2048, multiple_of: 8}
              sampler: {type: enum, values: [euler, dpm++_2m], default: euler}
              tags: {type: array, items: string, max_length: 4}
            resources: {cpu: 2, memory: 8, gpu: 1, vram: 8}
            base_execution_time: 20
            cost_per_second: 0.0004
            quality:
              ultra: {width: 1024, resolution_scale: 1.5}
              draft: {width: 256, sampler: euler}
            """;

    @Test
    void readsEveryFieldOfAValidTemplate() {
        Template t = TemplateLoader.parse(VALID);

        assertThat(t.ref()).isEqualTo("tiny-image@1.2.3");
        assertThat(t.name()).isEqualTo("Tiny image");
        assertThat(t.description()).isEqualTo("A small template for tests");
        assertThat(t.category()).isEqualTo(FunctionType.IMAGE_GENERATION);
        assertThat(t.runtime()).isEqualTo("sglang");
        assertThat(t.resources()).isEqualTo(new Resources(2, 8, 1, 8));
        assertThat(t.baseExecutionSeconds()).isEqualTo(20);
        assertThat(t.costPerSecond()).isEqualTo(0.0004);
    }

    @Test
    void keepsInputsInFileOrderWithTheirRules() {
        Template t = TemplateLoader.parse(VALID);

        assertThat(t.inputs()).containsOnlyKeys("prompt", "width", "sampler", "tags");
        assertThat(List.copyOf(t.inputs().keySet())).containsExactly("prompt", "width", "sampler", "tags");
        InputSpec width = t.inputs().get("width");
        assertThat(width.type()).isEqualTo(InputType.INTEGER);
        assertThat(width.defaultValue()).isEqualTo(Value.of(512));
        assertThat(width.min()).isEqualByComparingTo("64");
        assertThat(width.max()).isEqualByComparingTo("2048");
        assertThat(width.multipleOf()).isEqualByComparingTo(BigDecimal.valueOf(8));
        assertThat(t.inputs().get("prompt").required()).isTrue();
        assertThat(t.inputs().get("prompt").maxLength()).isEqualTo(200);
        assertThat(t.inputs().get("sampler").values()).containsExactly(Value.of("euler"), Value.of("dpm++_2m"));
        assertThat(t.inputs().get("tags").items()).isEqualTo(InputType.STRING);
    }

    @Test
    void qualityLevelNamesBecomeLevelNumbersInLevelOrder() {
        Template t = TemplateLoader.parse(VALID);

        assertThat(List.copyOf(t.qualityMapping().keySet())).containsExactly(1, 4);
        assertThat(t.qualityParameters(1))
                .containsEntry("width", Value.of(256))
                .containsEntry("sampler", Value.of("euler"));
        assertThat(t.qualityParameters(4)).containsEntry("resolution_scale", Value.of(1.5));
        assertThat(t.qualityParameters(2)).isEmpty();
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        Template t = TemplateLoader.parse("""
                id: bare
                version: 0.1.0
                name: Bare
                category: text_generation
                inputs: {prompt: {type: string}}
                resources: {cpu: 1, memory: 2}
                base_execution_time: 1
                cost_per_second: 0
                """);

        assertThat(t.runtime()).isNull();
        assertThat(t.description()).isEmpty();
        assertThat(t.resources()).isEqualTo(new Resources(1, 2, 0, 0));
        assertThat(t.qualityMapping()).isEmpty();
    }

    @Test
    void aTemplateWithoutExecutionIsNotRunnable() {
        assertThat(TemplateLoader.parse(VALID).runnable()).isFalse();
    }

    @Test
    void readsABuiltinExecution() {
        Template t = TemplateLoader.parse(VALID + "execution: {builtin: image}\n");

        assertThat(t.execution()).isEqualTo(new Execution.Builtin("image"));
        assertThat(t.runnable()).isTrue();
    }

    @Test
    void readsACommandExecutionWithItsArgumentVectorAndTimeout() {
        Template t = TemplateLoader.parse(VALID + """
                execution:
                  command:
                    argv: [ffmpeg, -y, -crf, "{crf}", "{output_dir}/out.mp4"]
                    outputs: [out.mp4]
                    progress: 'frame=(?<done>\\d+)'
                    timeout_seconds: 1.5
                    requires: [ffmpeg]
                """);

        assertThat(t.execution())
                .isEqualTo(new Execution.Command(
                        List.of("ffmpeg", "-y", "-crf", "{crf}", "{output_dir}/out.mp4"),
                        List.of("out.mp4"),
                        "frame=(?<done>\\d+)",
                        java.time.Duration.ofMillis(1500),
                        List.of("ffmpeg")));
    }

    @Test
    void readsTheValuesForWhichACommandLeavesOutAnArgument() {
        Template t = TemplateLoader.parse(VALID + """
                execution:
                  command: {argv: [ffmpeg, -s, "{width}"], omit_when: {width: 512}, timeout_seconds: 60}
                """);

        assertThat(((Execution.Command) t.execution()).omitWhen()).containsExactly(Map.entry("width", Value.of(512)));
    }

    @Test
    void readsTheProgressTotalOfACommandWhoseProgramPrintsNone() {
        Template t = TemplateLoader.parse(VALID + """
                execution:
                  command: {argv: [ffmpeg], progress: 'frame=(?<done>\\d+)', progress_total: "{frames}", timeout_seconds: 60}
                """);

        assertThat(((Execution.Command) t.execution()).progressTotal()).isEqualTo("{frames}");
    }

    @Test
    void readsDeclaredMetricsInFileOrder() {
        Template t = TemplateLoader.parse(VALID + """
                metrics:
                  psnr: {unit: dB, better: higher, description: Against a 4096-sample reference}
                  bits_per_char: {unit: bits/char, better: lower}
                  output_bytes: {unit: bytes, better: none}
                """);

        assertThat(t.metrics())
                .containsExactly(
                        new MetricSpec("psnr", "dB", Better.HIGHER, "Against a 4096-sample reference"),
                        new MetricSpec("bits_per_char", "bits/char", Better.LOWER, ""),
                        new MetricSpec("output_bytes", "bytes", Better.NONE, ""));
        assertThat(t.metric("bits_per_char")).map(MetricSpec::better).contains(Better.LOWER);
        assertThat(t.metric("ssim")).isEmpty();
        assertThat(TemplateLoader.parse(VALID).metrics()).isEmpty();
    }

    @Test
    void aFlawedMetricIsReportedAtItsPath() {
        List<Problem> problems = problems(VALID + """
                metrics:
                  PSNR: {unit: dB, better: higher}
                  ssim: {unit: "", better: up}
                  size: {better: none}
                """);

        assertThat(problems)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder("/metrics/PSNR", "/metrics/ssim/better", "/metrics/size");
        assertThat(problems)
                .filteredOn(p -> p.path().equals("/metrics/PSNR"))
                .extracting(Problem::message)
                .containsExactly("'PSNR' is not a valid metric name: use up to 40 lower-case letters, digits or '_', "
                        + "starting with a letter");
    }

    @Test
    void readsACommandsMeasurementsAndStage() {
        Template t = TemplateLoader.parse(VALID + """
                metrics:
                  bitrate_kbps: {unit: kbit/s, better: none}
                execution:
                  command:
                    argv: [ffmpeg, "{output_dir}/out.mp4"]
                    timeout_seconds: 60
                    stage:
                      text: "encoding, frame {frame} of {width*width}"
                      values: {frame: {pattern: '^frame=(?<value>\\d+)$'}}
                    measure:
                      - argv: [ffprobe, "{output_dir}/out.mp4"]
                        metrics: {bitrate_kbps: {pattern: '^bit_rate=(?<value>\\d+)$', scale: 0.001}}
                        timeout_seconds: 5
                      - argv: [ffprobe]
                        metrics: {bitrate_kbps: {pattern: '(?<value>\\d+) kb/s'}}
                """);

        Execution.Command command = (Execution.Command) t.execution();
        assertThat(command.stage())
                .isEqualTo(new Execution.Stage(
                        "encoding, frame {frame} of {width*width}",
                        Map.of("frame", new Execution.Capture("^frame=(?<value>\\d+)$", 1))));
        assertThat(command.measure())
                .containsExactly(
                        new Execution.Measure(
                                List.of("ffprobe", "{output_dir}/out.mp4"),
                                Map.of("bitrate_kbps", new Execution.Capture("^bit_rate=(?<value>\\d+)$", 0.001)),
                                java.time.Duration.ofSeconds(5)),
                        new Execution.Measure(
                                List.of("ffprobe"),
                                Map.of("bitrate_kbps", new Execution.Capture("(?<value>\\d+) kb/s", 1)),
                                java.time.Duration.ofSeconds(60)));
    }

    @Test
    void aMeasurementOfAnUndeclaredMetricOrWithoutAValueGroupIsReportedAtItsPath() {
        List<Problem> problems = problems(VALID + """
                metrics:
                  psnr: {unit: dB, better: higher}
                execution:
                  command:
                    argv: [ffmpeg]
                    timeout_seconds: 60
                    stage: {text: "x {frame}", values: {frame: {pattern: '(?<value>[0-9'}}}
                    measure:
                      - argv: [ffmpeg]
                        metrics: {ssim: {pattern: 'All:(?<value>[0-9.]+)'}, psnr: {pattern: 'average:([0-9.]+)'}}
                """);

        assertThat(problems)
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        tuple(
                                "/execution/command/measure/0/metrics/ssim",
                                "'ssim' is not a declared metric; declared are psnr"),
                        tuple(
                                "/execution/command/measure/0/metrics/psnr/pattern",
                                "needs a group (?<value>...) holding the number"),
                        tuple(
                                "/execution/command/stage/values/frame/pattern",
                                "not a regular expression: Unclosed character class"));
    }

    @Test
    void readsAnHttpExecutionWithItsFieldMapping() {
        Template t = TemplateLoader.parse(VALID + """
                execution:
                  http: {api: a1111_txt2img, url: "http://127.0.0.1:7860", fields: {sampler: sampler_name}}
                """);

        Execution.Http http = (Execution.Http) t.execution();
        assertThat(http.url()).hasToString("http://127.0.0.1:7860");
        assertThat(http.fields()).containsEntry("sampler", "sampler_name");
        assertThat(http.timeout()).isEqualTo(java.time.Duration.ofMinutes(10));
    }

    @Test
    void anExecutionMustNameExactlyOneWayToRun() {
        assertThat(paths(VALID + "execution: {builtin: image, http: {api: openai_chat, url: 'http://x'}}\n"))
                .contains("/execution");
        assertThat(paths(VALID + "execution: {builtin: paint}\n")).contains("/execution/builtin");
        assertThat(paths(VALID + "execution: {command: {argv: [], timeout_seconds: 0}}\n"))
                .contains("/execution/command/argv", "/execution/command/timeout_seconds");
    }

    @Test
    void aTypoInAKeyIsReportedAtThatKeyWithTheKeysAllowedThere() {
        List<Problem> problems = problems(VALID.replace("min: 64,", "mn: 64,"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("/inputs/width/mn");
        assertThat(problems.get(0).message()).contains("unknown key 'mn'").contains("min, max");
    }

    @Test
    void aTypoInATopLevelKeyIsReportedAtThatKey() {
        assertThat(paths(VALID.replace("base_execution_time:", "base_execution_tme:")))
                .containsExactlyInAnyOrder("/base_execution_tme", "");
    }

    @Test
    void aWrongTypeIsReportedAtTheValue() {
        List<Problem> problems = problems(VALID.replace("min: 64,", "min: small,"));

        assertThat(problems).extracting(Problem::path).containsExactly("/inputs/width/min");
        assertThat(problems.get(0).message()).isEqualTo("expected a number, not a string");
    }

    @Test
    void aDefaultOutOfRangeIsReportedAtTheDefault() {
        List<Problem> problems = problems(VALID.replace("default: 512,", "default: 4096,"));

        assertThat(problems).extracting(Problem::path).containsExactly("/inputs/width/default");
        assertThat(problems.get(0).message()).contains("above the maximum 2048");
    }

    @Test
    void aDefaultThatBreaksMultipleOfIsReported() {
        assertThat(paths(VALID.replace("default: 512,", "default: 513,"))).containsExactly("/inputs/width/default");
    }

    @Test
    void anEnumDefaultOutsideItsValuesIsReported() {
        List<Problem> problems = problems(VALID.replace("default: euler}", "default: heun}"));

        assertThat(problems).extracting(Problem::path).containsExactly("/inputs/sampler/default");
        assertThat(problems.get(0).message()).contains("\"heun\" is not one of \"euler\", \"dpm++_2m\"");
    }

    @Test
    void aMappingToAnUndeclaredInputIsReportedWithTheDeclaredInputs() {
        List<Problem> problems = problems(VALID.replace("ultra: {width: 1024,", "ultra: {widht: 1024,"));

        assertThat(problems).extracting(Problem::path).containsExactly("/quality/ultra/widht");
        assertThat(problems.get(0).message()).contains("prompt, width, sampler, tags");
    }

    @Test
    void aMappingValueOutsideAnEnumIsReportedAtTheMappedValue() {
        List<Problem> problems = problems(VALID.replace("sampler: euler}", "sampler: heun}"));

        assertThat(problems).extracting(Problem::path).containsExactly("/quality/draft/sampler");
        assertThat(problems.get(0).message()).contains("not one of");
    }

    @Test
    void aMappingValueOutOfRangeIsReportedAtTheMappedValue() {
        assertThat(paths(VALID.replace("draft: {width: 256,", "draft: {width: 32,")))
                .containsExactly("/quality/draft/width");
    }

    @Test
    void everyProblemIsReportedTogether() {
        String broken = VALID.replace("min: 64,", "mn: 64,")
                .replace("min_length: 1,", "min_length: one,")
                .replace("default: euler}", "default: heun}")
                .replace("ultra: {width: 1024,", "ultra: {widht: 1024,")
                .replace("sampler: euler}", "sampler: heun}")
                .replace("version: 1.2.3", "version: v1");

        assertThat(paths(broken))
                .containsExactlyInAnyOrder(
                        "/version",
                        "/inputs/width/mn",
                        "/inputs/prompt/min_length",
                        "/inputs/sampler/default",
                        "/quality/ultra/widht",
                        "/quality/draft/sampler");
    }

    @Test
    void aRequiredInputWithADefaultIsAContradiction() {
        List<Problem> problems = problems(VALID.replace("required: true,", "required: true, default: cat,"));

        assertThat(problems).extracting(Problem::path).containsExactly("/inputs/prompt/default");
        assertThat(problems.get(0).message()).contains("required input cannot have a default");
    }

    @Test
    void minAboveMaxIsReported() {
        assertThat(paths(VALID.replace("min: 64, max: 2048", "min: 4096, max: 2048")))
                .contains("/inputs/width/min");
        assertThat(paths(VALID.replace("min_length: 1, max_length: 200", "min_length: 300, max_length: 200")))
                .containsExactly("/inputs/prompt/min_length");
    }

    @Test
    void anEnumNeedsValues() {
        List<Problem> problems = problems(VALID.replace("values: [euler, dpm++_2m], ", ""));

        assertThat(problems).extracting(Problem::path).containsExactly("/inputs/sampler");
        assertThat(problems.get(0).message()).contains("'values'");
    }

    @Test
    void multipleOfMustBePositive() {
        assertThat(paths(VALID.replace("multiple_of: 8", "multiple_of: 0")))
                .containsExactly("/inputs/width/multiple_of");
    }

    @Test
    void keysThatDoNotApplyToTheInputTypeAreReported() {
        List<Problem> problems = problems(VALID.replace("min_length: 1,", "min: 1,"));

        assertThat(problems).extracting(Problem::path).containsExactly("/inputs/prompt/min");
        assertThat(problems.get(0).message()).isEqualTo("'min' does not apply to string inputs");
    }

    @Test
    void resolutionScaleIsADirectiveThatMustBePositiveAndCannotBeAnInput() {
        assertThat(paths(VALID.replace("resolution_scale: 1.5", "resolution_scale: 0")))
                .containsExactly("/quality/ultra/resolution_scale");
        assertThat(paths(VALID.replace("  tags:", "  resolution_scale: {type: number}\n  tags:")))
                .containsExactly("/inputs/resolution_scale");
    }

    @Test
    void unknownQualityLevelsCategoriesAndBadIdsAreReported() {
        String broken = VALID.replace("draft:", "drafty:")
                .replace("category: image_generation", "category: image")
                .replace("id: tiny-image", "id: Tiny Image");

        assertThat(paths(broken)).containsExactlyInAnyOrder("/quality/drafty", "/category", "/id");
    }

    @Test
    void aMissingRequiredKeyIsReportedOnItsParent() {
        List<Problem> problems = problems(VALID.replace("cost_per_second: 0.0004\n", ""));

        assertThat(problems).extracting(Problem::path).containsExactly("");
        assertThat(problems.get(0).message()).isEqualTo("missing required key 'cost_per_second'");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRejected() {
        assertThat(problems("- just\n- a list\n"))
                .extracting(Problem::message)
                .containsExactly("expected an object, not an array");
    }

    @Test
    void malformedYamlNamesTheFileAndTheLine() {
        String broken = VALID.replace("  width: {type: integer,", "  width: {type: [integer,");

        SetpointException e =
                catchThrowableOfType(SetpointException.class, () -> TemplateLoader.parse(broken, "tiny.yaml"));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).message())
                .startsWith("tiny.yaml: malformed YAML")
                .contains("line 9");
    }

    @Test
    void loadingAFilePrefixesEveryProblemWithItsPath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("tiny.yaml"),
                VALID.replace("min: 64,", "mn: 64,").replace("default: euler}", "default: heun}"));

        SetpointException e = catchThrowableOfType(SetpointException.class, () -> TemplateLoader.load(file));

        assertThat(e.problems())
                .hasSize(2)
                .allSatisfy(p -> assertThat(p.message()).startsWith(file + ": "));
    }

    @Test
    void aMissingFileIsReportedWithItsPath(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining(file.toString());
    }

    private static List<Problem> problems(String yaml) {
        SetpointException e = catchThrowableOfType(SetpointException.class, () -> TemplateLoader.parse(yaml));
        assertThat(e).as("expected the template to be rejected").isNotNull();
        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        return e.problems();
    }

    private static List<String> paths(String yaml) {
        return problems(yaml).stream().map(Problem::path).toList();
    }
}
