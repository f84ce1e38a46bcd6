package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplyCommandTest {

    private static final String PROMPT = "{\"prompt\": \"a lighthouse\"}";

    @TempDir
    Path dir;

    private Cli cli() {
        return new Cli(dir);
    }

    private static Map<String, Value> members(String json) {
        return ((Value.Obj) Json.parse(json)).members();
    }

    @ParameterizedTest
    @CsvSource({
        "draft, 1, 15, 384, euler",
        "standard, 2, 30, 512, dpm++_2m",
        "high, 3, 50, 768, dpm++_2m_karras",
        "ultra, 4, 100, 1024, dpm++_3m_sde_karras"
    })
    void eachLevelGivesItsParametersAndQualityMetadataAsJson(
            String level, int number, int steps, int width, String sampler) {
        Cli.Result result = cli().run(
                        "apply", "--template", "sd-image", "--quality", level, "--inputs", PROMPT, "--json")
                .succeeds();

        Map<String, Value> out = members(result.out());
        assertThat(out)
                .containsEntry("prompt", Value.of("a lighthouse"))
                .containsEntry("steps", Value.of(steps))
                .containsEntry("width", Value.of(width))
                .containsEntry("sampler", Value.of(sampler))
                .doesNotContainKey("_provenance");
        Map<String, Value> quality = ((Value.Obj) out.get("_quality_preset")).members();
        assertThat(quality).containsEntry("id", Value.of(level)).containsEntry("level", Value.of(number));
        assertThat(result.out()).endsWith("}\n");
    }

    @ParameterizedTest
    @CsvSource({"draft, 15, Draft", "standard, 30, Standard", "high, 50, High Quality", "ultra, 100, Ultra Quality"})
    void eachLevelPrintsATableOfParameterValueAndSetter(String level, int steps, String name) {
        String out = cli().run("apply", "--template", "sd-image", "--quality", level, "--inputs", PROMPT)
                .succeeds()
                .out();

        assertThat(out.lines().findFirst())
                .hasValueSatisfying(h -> assertThat(h).matches("PARAMETER +VALUE +SET BY"));
        assertThat(out)
                .containsPattern("(?m)^prompt +\"a lighthouse\" +your input$")
                .containsPattern("(?m)^steps +" + steps + " +quality level " + level + "$")
                .containsPattern("(?m)^seed +-1 +template default \\(sd-image@1\\.0\\.0\\)$")
                .contains("quality " + level + " (" + name + ", level ");
    }

    @Test
    void explainSaysWhoSetEachValueWhatItOverrodeAndWhichRulesChangedIt() {
        String out = cli().run("apply", "--template", "sd-image", "--quality", "high", "--inputs", PROMPT, "--explain")
                .succeeds()
                .out();

        assertThat(out)
                .contains("steps = 50  set by quality level high (overrode template default (sd-image@1.0.0): 30)\n")
                .contains("width = 768  set by template sd-image@1.0.0 at quality high "
                        + "(overrode template default (sd-image@1.0.0): 512)\n")
                .contains("enable_vae_slicing = false  set by template default (sd-image@1.0.0)\n"
                        + "  then rule image.slicing_off changed it from true to false: "
                        + "level 3 and above turn VAE slicing off for quality\n");
    }

    @Test
    void explainAsJsonAddsProvenanceForEveryParameter() {
        String out = cli().run(
                        "apply",
                        "--template",
                        "sd-image",
                        "--quality",
                        "high",
                        "--inputs",
                        PROMPT,
                        "--explain",
                        "--json")
                .succeeds()
                .out();

        Map<String, Value> json = members(out);
        assertThat(json).containsKeys("_quality_preset", "_provenance").doesNotContainKey("_conflicts");
        Value.Obj provenance = (Value.Obj) json.get("_provenance");
        assertThat(provenance.members()).hasSize(14);
        assertThat(Json.write(provenance.members().get("steps")))
                .isEqualTo("{\"value\":50,"
                        + "\"set_by\":{\"layer\":\"quality_level\",\"name\":\"high\",\"description\":\"quality level high\"},"
                        + "\"overrode\":[{\"layer\":\"template_default\",\"name\":\"sd-image@1.0.0\","
                        + "\"description\":\"template default (sd-image@1.0.0)\",\"value\":30}],\"rules\":[]}");
        assertThat(Json.write(provenance.members().get("enable_attention_slicing")))
                .contains("\"rules\":[{"
                        + "\"rule\":\"image.slicing_off\",\"from\":true,\"to\":false,"
                        + "\"why\":\"level 3 and above turn attention slicing off for quality\"}]");
    }

    @Test
    void aQualityPresetFileBasedOnHighOverridesItAndIsChosenWhenItIsTheOnlyOne() {
        Cli cli = cli();
        String file = cli.file("my-high.json", """
                {"version": "1.0", "preset": {"kind": "quality", "id": "my-high", "name": "My High",
                 "base_preset": "high", "parameters": {"image_generation": {"steps": 64}}}}
                """);

        Cli.Result result = cli.run(
                        "apply", "--template", "sd-image", "--preset", file, "--inputs", PROMPT, "--explain", "--json")
                .succeeds();

        Map<String, Value> out = members(result.out());
        assertThat(out).containsEntry("steps", Value.of(64)).containsEntry("cfg_scale", Value.of(8.0));
        assertThat(Json.write(out.get("_quality_preset")))
                .startsWith("{\"id\":\"my-high\",\"name\":\"My High\",\"level\":3,");
        assertThat(Json.write(((Value.Obj) out.get("_provenance")).members().get("steps")))
                .contains("\"set_by\":{\"layer\":\"custom_preset\",\"name\":\"my-high\","
                        + "\"description\":\"custom preset my-high\"}")
                .contains("{\"layer\":\"quality_level\",\"name\":\"high\",\"description\":\"quality level high\","
                        + "\"value\":50}");
    }

    @Test
    void parameterPresetsAreMergedAsALayerAndTheirConflictsExplained() {
        Cli cli = cli();
        String first = cli.file("a.json", "{\"name\": \"Fast\", \"parameters\": {\"steps\": [20]}}");
        String second = cli.file("b.json", "{\"name\": \"Slow\", \"parameters\": {\"steps\": [80]}}");

        Cli.Result result = cli.run(
                        "apply",
                        "--template",
                        "sd-image",
                        "--quality",
                        "standard",
                        "--preset",
                        first,
                        "--preset",
                        second,
                        "--strategy",
                        "last_wins",
                        "--inputs",
                        PROMPT,
                        "--explain",
                        "--json")
                .succeeds();

        Map<String, Value> out = members(result.out());
        assertThat(out).containsEntry("steps", Value.of(80));
        assertThat(Json.write(out.get("_conflicts")))
                .isEqualTo("[{\"parameter\":\"steps\",\"reason\":\"overridden\","
                        + "\"preset\":\"Slow\",\"overridden_by\":\"Slow\",\"previous_values\":[20],\"new_values\":[80],"
                        + "\"message\":\"steps: Slow overrides [20] with [80]\"}]");
    }

    @Test
    void theSameArgumentsGiveByteIdenticalOutput() {
        String[] args = {
            "apply", "--template", "sd-image", "--quality", "ultra", "--inputs", PROMPT, "--explain", "--json"
        };

        assertThat(cli().run(args).out()).isEqualTo(cli().run(args).out());
    }

    @Test
    void inputsFromAFileWork() {
        Cli cli = cli();
        cli.file("inputs.json", PROMPT);

        assertThat(cli.run("apply", "--template", "sd-image", "--inputs", "@inputs.json", "--json")
                        .succeeds()
                        .out())
                .contains("\"prompt\": \"a lighthouse\"");
    }

    @Test
    void inputsThatAreNotAnObjectAreOneInvalidLine() {
        Cli.Result result = cli().run("apply", "--template", "sd-image", "--inputs", "[1, 2]")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err())
                .isEqualTo("setpoint: --inputs: the inputs must be a JSON object such as "
                        + "{\"prompt\": \"a lighthouse\"}, not array\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void malformedInlineInputsNameTheOption() {
        assertThat(cli().run("apply", "--template", "sd-image", "--inputs", "{\"prompt\": ")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .startsWith("setpoint: --inputs: malformed JSON: ")
                .hasLineCount(1);
    }

    @Test
    void everyInvalidInputIsReported() {
        Cli.Result result = cli().run(
                        "apply",
                        "--template",
                        "sd-image",
                        "--inputs",
                        "{\"prompt\": \"x\", \"steps\": 500, \"sampler\": \"nope\"}")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err())
                .contains("setpoint: steps: 500 is above the maximum 150\n")
                .contains("setpoint: sampler: \"nope\" is not one of")
                .hasLineCount(2);
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        assertThat(cli().run("apply", "--template", "sdxl", "--inputs", PROMPT)
                        .failsWith(ExitCodes.NOT_FOUND)
                        .err())
                .isEqualTo("setpoint: --template: unknown template 'sdxl'; known templates: "
                        + "a1111-txt2img, espeak-speech, ffmpeg-mp3, ffmpeg-video, noop, openai-chat, sd-image, "
                        + "sglang-server, text-completion, text-to-audio, text-to-video, vllm-server\n");
    }

    @Test
    void anUnknownLevelIsNotFound() {
        assertThat(cli().run("apply", "--template", "sd-image", "--quality", "extreme", "--inputs", PROMPT)
                        .failsWith(ExitCodes.NOT_FOUND)
                        .err())
                .isEqualTo(
                        "setpoint: --quality: unknown quality preset 'extreme'; known: draft, standard, high, ultra\n");
    }

    @Test
    void aCycleBetweenTwoPresetFilesIsInvalid() {
        Cli cli = cli();
        String a =
                cli.file("a.json", "{\"kind\": \"quality\", \"id\": \"a\", \"name\": \"A\", \"base_preset\": \"b\"}");
        String b =
                cli.file("b.json", "{\"kind\": \"quality\", \"id\": \"b\", \"name\": \"B\", \"base_preset\": \"a\"}");

        Cli.Result result = cli.run("apply", "--template", "sd-image", "--preset", a, "--preset", b, "--inputs", PROMPT)
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err()).isEqualTo("setpoint: a.json: /base_preset: inheritance cycle: a -> b -> a\n");
    }

    @Test
    void aMissingBasePresetNamesTheFileThatNeedsIt() {
        Cli cli = cli();
        cli.file("c.json", "{\"kind\": \"quality\", \"id\": \"c\", \"name\": \"C\", \"base_preset\": \"gone\"}");

        assertThat(cli.run("check", "--template", "sd-image", "--preset", "c.json")
                        .failsWith(ExitCodes.NOT_FOUND)
                        .err())
                .isEqualTo("setpoint: c.json: /base_preset: preset 'c' is based on 'gone', which does not exist\n");
    }

    @Test
    void anUnknownStrategyIsAUsageError() {
        assertThat(cli().run("apply", "--template", "sd-image", "--strategy", "best")
                        .failsWith(ExitCodes.USAGE)
                        .err())
                .isEqualTo("setpoint: Invalid value for option '--strategy': unknown merge strategy 'best'; "
                        + "allowed: union, intersection, last_wins (see 'setpoint apply --help')\n");
    }

    @Test
    void aBuiltinLevelGivenAsPresetPointsToQuality() {
        assertThat(cli().run("apply", "--template", "sd-image", "--preset", "high")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .isEqualTo("setpoint: high: 'high' is a built-in quality level; choose it with --quality high\n");
    }
}
