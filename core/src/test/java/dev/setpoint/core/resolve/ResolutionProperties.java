package dev.setpoint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.property.Generator;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Laws of resolution over random templates, levels, custom presets and inputs. */
class ResolutionProperties {

    private static final Resolver RESOLVER = new Resolver();
    private static final String LETTERS = Generator.range('a', 'z') + Generator.range('A', 'Z');

    /** One generated apply: template, quality (maybe custom on a level), and explicit inputs. */
    record Case(Template template, ResolvedQuality quality, Map<String, Value> inputs) {
        ApplyRequest request() {
            return ApplyRequest.of(template, quality, inputs);
        }
    }

    static LongStream seeds() {
        return Generator.seeds(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameRequestGivesByteIdenticalOutput(long seed) {
        Case c = generate(new Generator(seed));
        String first = Json.write(RESOLVER.apply(c.request()).toValue());
        String second = Json.write(RESOLVER.apply(c.request()).toValue());

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void applyingTheResultAgainChangesNothing(long seed) {
        Case c = generate(new Generator(seed));
        ApplyResult once = RESOLVER.apply(c.request());
        ApplyResult twice = RESOLVER.apply(ApplyRequest.of(c.template(), c.quality(), once.parameters()));

        assertThat(twice.parameters()).isEqualTo(once.parameters());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void explicitInputsAlwaysWin(long seed) {
        Case c = generate(new Generator(seed));
        ApplyResult result = RESOLVER.apply(c.request());

        c.inputs()
                .forEach((name, value) ->
                        assertThat(result.parameters().get(name)).as(name).isEqualTo(value));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyResultIsCompleteAndValid(long seed) {
        Case c = generate(new Generator(seed));
        ApplyResult result = RESOLVER.apply(c.request());

        assertThat(result.parameters().keySet())
                .containsExactlyElementsOf(c.template().inputs().keySet());
        result.parameters()
                .forEach((name, value) -> assertThat(
                                c.template().inputs().get(name).check(value))
                        .as(name)
                        .isEmpty());
        assertThat(result.provenance().keySet()).isEqualTo(result.parameters().keySet());
    }

    private static Case generate(Generator gen) {
        Template template = gen.oneOf(TemplateRegistry.builtin().list());
        return new Case(template, quality(gen, template), inputs(gen, template));
    }

    private static ResolvedQuality quality(Generator gen, Template template) {
        String base = gen.oneOf("draft", "standard", "high", "ultra");
        Map<String, Value> values = someValues(gen, template);
        if (gen.chance(0.5)) {
            return QualityCatalog.builtin().resolve(base);
        }
        QualityPreset preset = CustomPresetBuilder.create(() -> "custom_prop")
                .name("Generated")
                .basedOn(base)
                .parameters(template.category().id(), values)
                .build();
        return QualityCatalog.builtin().resolve(preset);
    }

    private static Map<String, Value> inputs(Generator gen, Template template) {
        Map<String, Value> inputs = new LinkedHashMap<>(someValues(gen, template));
        if (template.inputs().containsKey("prompt")) {
            inputs.putIfAbsent("prompt", validValue(gen, template.inputs().get("prompt")));
        }
        return inputs;
    }

    /** Valid values for a random subset of the template's inputs (each one in four). */
    private static Map<String, Value> someValues(Generator gen, Template template) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (InputSpec spec : template.inputs().values()) {
            if (gen.between(0, 3) == 0) {
                values.put(spec.name(), validValue(gen, spec));
            }
        }
        return values;
    }

    private static Value validValue(Generator gen, InputSpec spec) {
        return switch (spec.type()) {
            case STRING -> Value.of(gen.string(LETTERS, spec.minLength() == null ? 0 : spec.minLength(), 20));
            case BOOLEAN -> gen.oneOf(Value.TRUE, Value.FALSE);
            case ENUM -> gen.oneOf(spec.values());
            case INTEGER -> integer(gen, spec);
            case NUMBER -> Value.of(gen.between(spec.min(), spec.max(), 2));
            case ARRAY -> throw new IllegalStateException("no shipped template has array inputs");
        };
    }

    private static Value integer(Generator gen, InputSpec spec) {
        BigDecimal step = spec.multipleOf() == null ? BigDecimal.ONE : spec.multipleOf();
        long low = spec.min().divide(step, 0, RoundingMode.CEILING).longValueExact();
        long high = spec.max()
                .min(BigDecimal.valueOf(1_000_000))
                .divide(step, 0, RoundingMode.FLOOR)
                .longValueExact();
        return Value.of(step.multiply(BigDecimal.valueOf(gen.between(low, high))));
    }
}
