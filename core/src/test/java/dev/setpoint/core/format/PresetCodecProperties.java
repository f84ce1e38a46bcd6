package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PresetCodecProperties {

    @Property
    void importOfExportGivesTheSamePreset(@ForAll("parameterPresets") ParameterPreset preset) {
        assertThat(ExportFormat.importText(ExportFormat.export(preset))).containsExactly(preset);
    }

    @Property(tries = 50)
    void bulkImportOfBulkExportGivesTheSamePresets(@ForAll("presetLists") List<ParameterPreset> presets) {
        assertThat(ExportFormat.importText(ExportFormat.exportAll(presets))).isEqualTo(presets);
    }

    @Provide
    Arbitrary<List<ParameterPreset>> presetLists() {
        return parameterPresets().list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<ParameterPreset> parameterPresets() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars("_.-").ofMinLength(1).ofMaxLength(20)
                .filter(id -> Character.isLetterOrDigit(id.charAt(0)));
        return Combinators.combine(ids.injectNull(0.3), names(), text().injectNull(0.3),
                        text().filter(category -> !category.isBlank()).injectNull(0.3),
                        Arbitraries.of(InferenceRuntime.class).injectNull(0.4), parameters(), metadata())
                .as((id, name, description, category, runtime, parameters, metadata) -> new ParameterPreset(
                        id, name, description, category, runtime, parameters, false, metadata));
    }

    private static Arbitrary<Map<String, List<Value>>> parameters() {
        return Arbitraries.maps(parameterNames(), scalar().list().uniqueElements().ofMinSize(1).ofMaxSize(4)).ofMaxSize(5);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\t\n\"\\éß日本\u0001").ofMaxLength(30);
    }

    /** Flags and identifiers: the parameter-name character set (Names). */
    private static Arbitrary<String> parameterNames() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("-_.").ofMinLength(1).ofMaxLength(20)
                .filter(name -> Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
    }

    /** Preset names: any visible text, which the control characters of {@link #text} are not. */
    private static Arbitrary<String> names() {
        return text().filter(name -> !Names.normalized(name).isEmpty() && Names.hiddenCharacter(name).isEmpty());
    }

    private static Arbitrary<Value> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Value::of),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000))
                        .ofScale(3).map(Value::of),
                text().map(Value::of),
                Arbitraries.of(Value.TRUE, Value.FALSE));
    }

    private static Arbitrary<Metadata> metadata() {
        Arbitrary<Map<String, Value>> extra = Arbitraries.maps(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                        .filter(key -> !Set.of("author", "tags", "runtime").contains(key)),
                Arbitraries.oneOf(scalar(), Arbitraries.just(Value.NULL), scalar().list().ofMaxSize(3).map(Value::arr),
                        Arbitraries.of("sglang", "vllm", "tensorrt").map(Value::of)))
                .ofMaxSize(3);
        return Combinators.combine(text().injectNull(0.5), text().list().ofMaxSize(3), text().list().ofMaxSize(2),
                extra).as(Metadata::new);
    }
}
