package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.property.Generator;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PresetCodecProperties {

    private static final String ID_CHARS = Generator.range('a', 'z') + Generator.range('0', '9') + "_.-";
    private static final String PARAMETER_CHARS = Generator.range('a', 'z') + "-_.";
    private static final String TEXT_CHARS = Generator.range(' ', '~') + "\t\n\"\\éß日本\u0001";

    static LongStream seeds() {
        return Generator.seeds(1000);
    }

    static LongStream fiftySeeds() {
        return Generator.seeds(50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void importOfExportGivesTheSamePreset(long seed) {
        ParameterPreset preset = parameterPreset(new Generator(seed));

        assertThat(ExportFormat.importText(ExportFormat.export(preset))).containsExactly(preset);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fiftySeeds")
    void bulkImportOfBulkExportGivesTheSamePresets(long seed) {
        Generator gen = new Generator(seed);
        List<ParameterPreset> presets = gen.list(0, 4, () -> parameterPreset(gen));

        assertThat(ExportFormat.importText(ExportFormat.exportAll(presets))).isEqualTo(presets);
    }

    private static ParameterPreset parameterPreset(Generator gen) {
        String id = gen.orNull(
                0.3,
                () -> gen.filter(
                        () -> gen.string(ID_CHARS, 1, 20),
                        candidate -> Character.isLetterOrDigit(candidate.charAt(0))));
        String name = gen.filter(
                () -> text(gen),
                candidate -> !Names.normalized(candidate).isEmpty()
                        && Names.hiddenCharacter(candidate).isEmpty());
        String description = gen.orNull(0.3, () -> text(gen));
        String category = gen.orNull(0.3, () -> gen.filter(() -> text(gen), candidate -> !candidate.isBlank()));
        InferenceRuntime runtime = gen.orNull(0.4, () -> gen.oneOf(InferenceRuntime.values()));
        Map<String, List<Value>> parameters =
                gen.map(5, () -> parameterName(gen), () -> gen.distinctList(1, 4, () -> scalar(gen)));
        return new ParameterPreset(id, name, description, category, runtime, parameters, false, metadata(gen));
    }

    private static String text(Generator gen) {
        return gen.string(TEXT_CHARS, 0, 30);
    }

    /** Flags and identifiers: the parameter-name character set (Names). */
    private static String parameterName(Generator gen) {
        return gen.filter(
                () -> gen.string(PARAMETER_CHARS, 1, 20),
                name -> Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
    }

    private static Value scalar(Generator gen) {
        return gen.fromOneOf(
                () -> Value.of(gen.anyLong()),
                () -> Value.of(gen.between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000), 3)),
                () -> Value.of(text(gen)),
                () -> gen.oneOf(Value.TRUE, Value.FALSE));
    }

    private static Metadata metadata(Generator gen) {
        Map<String, Value> extra = gen.map(
                3,
                () -> gen.filter(
                        () -> gen.string(Generator.range('a', 'z'), 1, 8),
                        key -> !Set.of("author", "tags", "runtime").contains(key)),
                () -> gen.fromOneOf(
                        () -> scalar(gen),
                        () -> Value.NULL,
                        () -> Value.arr(gen.list(0, 3, () -> scalar(gen))),
                        () -> Value.of(gen.oneOf("sglang", "vllm", "tensorrt"))));
        return new Metadata(
                gen.orNull(0.5, () -> text(gen)),
                gen.list(0, 3, () -> text(gen)),
                gen.list(0, 2, () -> text(gen)),
                extra);
    }
}
