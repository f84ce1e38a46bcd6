package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportFormatTest {

    /** The seed's export example, verbatim. */
    static final String SEED_EXAMPLE = """
            {
              "version": "1.0",
              "preset": {
                "name": "High Performance SGLang",
                "description": "Optimized for high throughput with SGLang runtime",
                "category": "performance",
                "parameters": {
                  "tp-size": [2, 4],
                  "mem-fraction-static": [0.9],
                  "schedule-policy": ["fcfs"],
                  "enable-mixed-chunking": [true]
                },
                "metadata": {
                  "author": "system",
                  "tags": ["sglang", "throughput", "production"],
                  "recommended_for": ["llama-3-70b", "llama-3-405b"],
                  "runtime": "sglang"
                }
              }
            }
            """;

    @Test
    void seedExampleImportsWithRuntimeTakenFromMetadata() {
        ParameterPreset preset = (ParameterPreset) single(ExportFormat.importText(SEED_EXAMPLE));

        assertThat(preset.name()).isEqualTo("High Performance SGLang");
        assertThat(preset.category()).isEqualTo("performance");
        assertThat(preset.runtime()).isEqualTo(InferenceRuntime.SGLANG);
        assertThat(preset.parameters().get("tp-size")).containsExactly(Value.of(2), Value.of(4));
        assertThat(preset.metadata().recommendedFor()).containsExactly("llama-3-70b", "llama-3-405b");
        assertThat(preset.metadata().extra()).containsEntry("runtime", Value.of("sglang"));
        assertThat(preset.system()).isFalse();
    }

    @Test
    void seedExampleReExportsByteIdentically() {
        assertThat(ExportFormat.export(single(ExportFormat.importText(SEED_EXAMPLE))))
                .isEqualTo(SEED_EXAMPLE);
    }

    @Test
    void systemParameterPresetsRoundTripAsUserCopies() {
        for (ParameterPreset system : SystemParameterPresets.ALL) {
            String exported = ExportFormat.export(system);

            Preset imported = single(ExportFormat.importText(exported));

            assertThat(imported).isEqualTo(userCopy(system));
            assertThat(exported).contains("\"is_system\": true");
            assertThat(ExportFormat.export(imported)).isEqualTo(exported.replace(",\n    \"is_system\": true", ""));
        }
    }

    @Test
    void systemPresetExportHasTheSeedShape() {
        assertThat(ExportFormat.export(SystemParameterPresets.MEMORY_EFFICIENT)).isEqualTo("""
                {
                  "version": "1.0",
                  "preset": {
                    "id": "memory-efficient",
                    "name": "Memory Efficient",
                    "description": "Optimized for low memory usage",
                    "category": "memory",
                    "parameters": {
                      "tp-size": [1],
                      "mem-fraction-static": [0.7, 0.75],
                      "enable-chunked-prefill": [true]
                    },
                    "metadata": {
                      "author": "system",
                      "tags": ["memory", "small-gpu"]
                    },
                    "is_system": true
                  }
                }
                """);
    }

    @Test
    void bulkExportOfBothKindsRoundTrips() {
        List<Preset> presets = List.of(
                userCopy(SystemParameterPresets.BALANCED),
                PresetCodecTest.customQuality(),
                userCopy(SystemParameterPresets.LOW_LATENCY));

        String exported = ExportFormat.exportAll(presets);

        assertThat(exported).startsWith("{\n  \"version\": \"1.0\",\n  \"presets\": [\n");
        assertThat(ExportFormat.importText(exported)).isEqualTo(presets);
    }

    @Test
    void emptyBulkExportImportsAsNothing() {
        assertThat(ExportFormat.importText(ExportFormat.exportAll(List.of()))).isEmpty();
    }

    @Test
    void builtinQualityLevelRoundTripsWithEveryValue() {
        QualityPreset draft = BuiltinLevels.DRAFT;

        QualityPreset imported = (QualityPreset) single(ExportFormat.importText(ExportFormat.export(draft)));

        assertThat(imported)
                .isEqualTo(new QualityPreset(
                        draft.id(),
                        draft.name(),
                        draft.description(),
                        draft.level(),
                        draft.basePreset(),
                        draft.timeMultiplier(),
                        draft.resourceMultiplier(),
                        draft.costMultiplier(),
                        draft.parameters(),
                        draft.resourceScaling(),
                        draft.category(),
                        false,
                        draft.metadata()));
    }

    @Test
    void bulkImportPointsIntoTheFailingPreset() {
        String text = """
                {"version": "1.0", "presets": [
                  {"name": "Fine", "parameters": {"tp-size": [1]}},
                  {"name": "Broken", "parameters": {"tp-size": 2}}
                ]}""";

        assertThat(problems(text))
                .containsExactly(new Problem("/presets/1/parameters/tp-size", "Parameter 'tp-size' must be a list"));
    }

    @Test
    void bulkImportReportsProblemsOfEveryPreset() {
        String text = """
                {"version": "1.0", "presets": [
                  {"name": " ", "parameters": {}},
                  {"name": "Ok", "parameters": {"a": [1]}},
                  {"name": "Also broken", "parameters": {"a": []}, "runtim": "vllm"}
                ]}""";

        assertThat(problems(text))
                .extracting(Problem::path)
                .containsExactly("/presets/0/name", "/presets/2/parameters/a", "/presets/2/runtim");
    }

    @Test
    void singleImportPointsBelowPreset() {
        assertThat(problems("{\"version\": \"1.0\", \"preset\": {\"parameters\": {}}}"))
                .containsExactly(new Problem("/preset/name", "Preset must have a name"));
    }

    @Test
    void unknownVersionIsRefusedByName() {
        assertThat(problems("{\"version\": \"2.0\", \"preset\": {\"whatever\": 1}}"))
                .containsExactly(new Problem("/version", "unsupported format version '2.0'; this Setpoint reads 1.0"));
    }

    @Test
    void missingVersionIsReported() {
        assertThat(problems("{\"preset\": {\"name\": \"x\", \"parameters\": {}}}"))
                .extracting(Problem::toString)
                .containsExactly("/version: the format version is missing; an export file starts with "
                        + "\"version\": \"1.0\"");
    }

    @Test
    void numericVersionIsReported() {
        assertThat(problems("{\"version\": 1.0, \"preset\": {\"name\": \"x\", \"parameters\": {}}}"))
                .containsExactly(
                        new Problem("/version", "the format version must be a string such as \"1.0\", not number 1.0"));
    }

    @Test
    void envelopeNeedsExactlyOneOfPresetOrPresets() {
        assertThat(problems("{\"version\": \"1.0\"}"))
                .containsExactly(new Problem("", "an export file needs a \"preset\" object or a \"presets\" array"));
        assertThat(problems("{\"version\": \"1.0\", \"preset\": {}, \"presets\": []}"))
                .containsExactly(new Problem("", "an export file has either \"preset\" or \"presets\", not both"));
    }

    @Test
    void envelopeMembersAreCheckedBySchema() {
        assertThat(problems("{\"version\": \"1.0\", \"presets\": [1], \"exported\": \"today\"}"))
                .extracting(Problem::path)
                .containsExactly("/exported", "/presets/0");
    }

    @Test
    void nonObjectDocumentIsRefused() {
        assertThat(problems("[1, 2]"))
                .extracting(Problem::message)
                .singleElement()
                .asString()
                .startsWith("an export file is a JSON object")
                .endsWith("not array");
    }

    @Test
    void malformedJsonGivesTheParserError() {
        assertThatThrownBy(() -> ExportFormat.importText("{\"version\": \"1.0\", \"preset\": {"))
                .isInstanceOfSatisfying(SetpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
                    assertThat(e.problems().get(0).message()).startsWith("malformed JSON");
                });
    }

    @Test
    void oversizedTextIsTooLarge() {
        String huge =
                "{\"version\": \"1.0\", \"preset\": {\"name\": \"" + "x".repeat(Limits.MAX_DOCUMENT_CHARS) + "\"}}";

        assertThatThrownBy(() -> ExportFormat.importText(huge))
                .isInstanceOfSatisfying(
                        SetpointException.class, e -> assertThat(e.kind()).isEqualTo(SetpointException.Kind.TOO_LARGE));
    }

    @ParameterizedTest
    @MethodSource("fileNames")
    void exportFileNameIsSafe(String name, String expected) {
        assertThat(ExportFormat.exportFileName(named(name))).isEqualTo(expected);
    }

    static Stream<Arguments> fileNames() {
        return Stream.of(
                Arguments.of("High Performance SGLang", "preset-High Performance SGLang.json"),
                Arguments.of("a/b\\c:d\"e", "preset-abcde.json"),
                Arguments.of("../../etc/passwd", "preset-....etcpasswd.json"),
                Arguments.of("'quoted' <x> *?|", "preset-quoted x.json"),
                Arguments.of("Réglage rapide 日本", "preset-Réglage rapide 日本.json"),
                Arguments.of("\"/\\", "preset-unnamed.json"));
    }

    @Test
    void aNameWithControlOrBidiCharactersNeverReachesAnExportFileName() {
        assertThatThrownBy(() -> named("tab\there\u0000\nnew\u202Eline")).hasMessageContaining("U+0009");
        assertThat(ExportFormat.exportFileName(named("wide   space"))).isEqualTo("preset-wide space.json");
    }

    @Test
    void exportFileNameStaysShort() {
        String fileName = ExportFormat.exportFileName(named("界".repeat(255)));

        assertThat(fileName).isEqualTo("preset-" + "界".repeat(60) + ".json");
        assertThat(fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(255);
    }

    private static ParameterPreset named(String name) {
        return new ParameterPreset(null, name, null, null, null, Map.of("a", List.of(Value.of(1))), false, null);
    }

    static ParameterPreset userCopy(ParameterPreset p) {
        return new ParameterPreset(
                p.id(), p.name(), p.description(), p.category(), p.runtime(), p.parameters(), false, p.metadata());
    }

    private static Preset single(List<Preset> presets) {
        assertThat(presets).hasSize(1);
        return presets.get(0);
    }

    private static List<Problem> problems(String text) {
        try {
            ExportFormat.importText(text);
        } catch (SetpointException e) {
            assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
            return e.problems();
        }
        throw new AssertionError("expected the import to fail: " + text);
    }
}
