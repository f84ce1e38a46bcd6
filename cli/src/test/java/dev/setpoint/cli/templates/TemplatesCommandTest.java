package dev.setpoint.cli.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesCommandTest {

    private static final String TINY = """
            id: tiny
            version: 1.2.0
            name: Tiny text
            category: text_generation
            inputs:
              prompt: {type: string, required: true}
              max_tokens: {type: integer, default: 10, min: 1, max: 100}
            resources: {cpu: 1, memory: 2}
            base_execution_time: 2
            cost_per_second: 0.001
            quality:
              high: {max_tokens: 50}
            """;

    private static final String BROKEN = """
            id: broken
            version: 1.0.0
            name: Broken
            category: text_generation
            inputs:
              max_tokens: {type: integer, default: 500, min: 10, max: 1}
            resources: {cpu: 1, memory: 2}
            base_execution_time: 2
            cost_per_second: 0.001
            quality:
              draft: {top_k: 3}
            """;

    @TempDir
    Path dir;

    @Test
    void listShowsTheBuiltinTemplatesByCategory() {
        assertThat(new Cli(dir).run("templates", "list").succeeds().out()).isEqualTo("""
                ID               VERSION  CATEGORY          NAME
                a1111-txt2img    1.0.0    image_generation  Image generation (AUTOMATIC1111 API)
                sd-image         1.0.0    image_generation  Image generation
                ffmpeg-video     1.0.0    video_generation  Video encoding (ffmpeg, x264)
                text-to-video    1.0.0    video_generation  Video generation
                espeak-speech    1.0.0    audio_generation  Speech (espeak-ng)
                ffmpeg-mp3       1.0.0    audio_generation  Audio encoding (ffmpeg, MP3)
                text-to-audio    1.0.0    audio_generation  Audio generation
                noop             1.0.0    text_generation   No-op
                openai-chat      1.0.0    text_generation   Text generation (OpenAI-compatible chat API)
                sglang-server    1.0.0    text_generation   Inference engine (SGLang server)
                text-completion  1.0.0    text_generation   Text generation
                vllm-server      1.0.0    text_generation   Inference engine (vLLM server)
                """);
    }

    @Test
    void aTemplateDirectoryAddsTemplatesFromTheOptionOrTheEnvironment() throws Exception {
        Files.createDirectory(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/tiny.yaml"), TINY);

        assertThat(new Cli(dir)
                        .run("templates", "list", "--category", "text_generation", "--templates", "mine")
                        .succeeds()
                        .out())
                .contains("text-completion")
                .contains("tiny             1.2.0")
                .doesNotContain("sd-image");
        assertThat(new Cli(dir, Map.of("SETPOINT_TEMPLATES", "mine"))
                        .run(
                                "apply",
                                "--template",
                                "tiny",
                                "--quality",
                                "high",
                                "--inputs",
                                "{\"prompt\": \"hi\"}",
                                "--json")
                        .succeeds()
                        .out())
                .contains("\"max_tokens\": 50");
    }

    @Test
    void aBrokenFileInTheTemplateDirectoryIsReportedUnderTheDirectoryAsGiven() throws Exception {
        Files.createDirectory(dir.resolve("mine"));
        Files.writeString(dir.resolve("mine/broken.yaml"), BROKEN);

        assertThat(new Cli(dir)
                        .run("templates", "list", "--templates", "mine")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .contains("setpoint: mine/broken.yaml: /inputs/max_tokens/min: min 10 is above max 1\n");
    }

    @Test
    void anUnknownCategoryIsAUsageError() {
        assertThat(new Cli(dir)
                        .run("templates", "list", "--category", "images")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .startsWith("setpoint: Invalid value for option '--category': unknown function category 'images'");
    }

    @Test
    void showListsInputsResourcesTimeCostAndTheQualityMapping() {
        String out = new Cli(dir)
                .run("templates", "show", "sd-image@1.0.0")
                .succeeds()
                .out();

        assertThat(out)
                .startsWith("sd-image@1.0.0  Image generation\n")
                .containsPattern("(?m)^resources +cpu 2, memory 8 GiB, gpu 1, vram 8 GiB$")
                .containsPattern("(?m)^base time +0.5 s$")
                .containsPattern("(?m)^cost/s +0.0004$")
                .containsPattern("(?m)^prompt +string +\\(required\\) +length 1 to 2000 +What the image should show$")
                .containsPattern("(?m)^width +integer +512 +64 to 2048, multiple of 8 +Image width in pixels$")
                .containsPattern("(?m)^sampler +enum +\"dpm\\+\\+_2m\" +\"euler\", \"euler_a\", ")
                .containsPattern("(?m)^standard +-$")
                .containsPattern("(?m)^ultra +width=1024, height=1024, hr_scale=1.5, hr_steps=30$");
    }

    @Test
    void showAsJsonUsesTheTemplateFormatsNames() {
        String out = new Cli(dir)
                .run("templates", "show", "text-completion", "--json")
                .succeeds()
                .out();

        assertThat(out)
                .contains("\"runtime\": \"sglang\"")
                .contains("""
                    "max_tokens": {
                      "type": "integer",
                      "required": false,
                      "default": 512,
                      "min": 1,
                      "max": 32768,
                      "description": "Most tokens generated"
                    },
                """)
                .contains(
                        "\"high\": {\n      \"max_tokens\": 1024,\n      \"num_beams\": 2,\n      \"model\": \"large\"\n    }");
    }

    @Test
    void validateSaysWhichFilesAreValidAndReportsEveryProblemOfTheOthers() {
        Cli cli = new Cli(dir);
        cli.file("tiny.yaml", TINY);
        cli.file("broken.yaml", BROKEN);

        Cli.Result result =
                cli.run("templates", "validate", "tiny.yaml", "broken.yaml").failsWith(ExitCodes.INVALID);

        assertThat(result.out()).isEqualTo("tiny.yaml: valid (tiny@1.2.0)\n");
        assertThat(result.err())
                .contains("setpoint: broken.yaml: /inputs/max_tokens/min: min 10 is above max 1\n")
                .contains("setpoint: broken.yaml: /quality/draft/top_k: 'top_k' is not an input of this template");
    }

    @Test
    void validateOfGoodFilesExitsZero() {
        Cli cli = new Cli(dir);
        cli.file("tiny.yaml", TINY);

        assertThat(cli.run("templates", "validate", "tiny.yaml").succeeds().out())
                .isEqualTo("tiny.yaml: valid (tiny@1.2.0)\n");
    }

    @Test
    void aMissingTemplateDirectoryIsAnIoError() {
        assertThat(new Cli(dir)
                        .run("templates", "list", "--templates", "nowhere")
                        .failsWith(ExitCodes.IO)
                        .err())
                .isEqualTo("setpoint: nowhere: no such directory\n");
    }
}
