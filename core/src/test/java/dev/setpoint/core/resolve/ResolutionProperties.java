package dev.setpoint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.preset.QualityPreset;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of resolution over random templates, levels, custom presets and inputs. */
class ResolutionProperties {

    private static final Resolver RESOLVER = new Resolver();

    /** One generated apply: template, quality (maybe custom on a level), and explicit inputs. */
    record Case(Template template, ResolvedQuality quality, Map<String, Value> inputs) {
        ApplyRequest request() {
            return ApplyRequest.of(template, quality, inputs);
        }
    }

    @Property(tries = 300)
    void theSameRequestGivesByteIdenticalOutput(@ForAll("cases") Case c) {
        String first = Json.write(RESOLVER.apply(c.request()).toValue());
        String second = Json.write(RESOLVER.apply(c.request()).toValue());

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 300)
    void applyingTheResultAgainChangesNothing(@ForAll("cases") Case c) {
        ApplyResult once = RESOLVER.apply(c.request());
        ApplyResult twice = RESOLVER.apply(ApplyRequest.of(c.template(), c.quality(), once.parameters()));

        assertThat(twice.parameters()).isEqualTo(once.parameters());
    }

    @Property(tries = 300)
    void explicitInputsAlwaysWin(@ForAll("cases") Case c) {
        ApplyResult result = RESOLVER.apply(c.request());

        c.inputs().forEach((name, value) -> assertThat(result.parameters().get(name)).as(name).isEqualTo(value));
    }

    @Property(tries = 300)
    void everyResultIsCompleteAndValid(@ForAll("cases") Case c) {
        ApplyResult result = RESOLVER.apply(c.request());

        assertThat(result.parameters().keySet()).containsExactlyElementsOf(c.template().inputs().keySet());
        result.parameters().forEach((name, value) ->
                assertThat(c.template().inputs().get(name).check(value)).as(name).isEmpty());
        assertThat(result.provenance().keySet()).isEqualTo(result.parameters().keySet());
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(TemplateRegistry.builtin().list()).flatMap(template -> Combinators.combine(
                quality(template), inputs(template)).as((quality, inputs) -> new Case(template, quality, inputs)));
    }

    private static Arbitrary<ResolvedQuality> quality(Template template) {
        Arbitrary<String> level = Arbitraries.of("draft", "standard", "high", "ultra");
        Arbitrary<Map<String, Value>> overrides = someValues(template);
        return Combinators.combine(level, overrides, Arbitraries.integers().between(0, 1)).as((base, values, custom) -> {
            if (custom == 0) {
                return QualityCatalog.builtin().resolve(base);
            }
            QualityPreset preset = CustomPresetBuilder.create(() -> "custom_prop").name("Generated").basedOn(base)
                    .parameters(template.category().id(), values).build();
            return QualityCatalog.builtin().resolve(preset);
        });
    }

    private static Arbitrary<Map<String, Value>> inputs(Template template) {
        if (!template.inputs().containsKey("prompt")) {
            return someValues(template);
        }
        return someValues(template).flatMap(values -> validValue(template.inputs().get("prompt"))
                .map(prompt -> {
                    Map<String, Value> inputs = new LinkedHashMap<>(values);
                    inputs.putIfAbsent("prompt", prompt);
                    return inputs;
                }));
    }

    /** Valid values for a random subset of the template's inputs. */
    private static Arbitrary<Map<String, Value>> someValues(Template template) {
        List<Arbitrary<Map<String, Value>>> parts = new ArrayList<>();
        for (InputSpec spec : template.inputs().values()) {
            parts.add(Arbitraries.integers().between(0, 3).flatMap(pick -> pick == 0
                    ? validValue(spec).map(v -> Map.of(spec.name(), v))
                    : Arbitraries.just(Map.<String, Value>of())));
        }
        return Combinators.combine(parts).as(maps -> {
            Map<String, Value> all = new LinkedHashMap<>();
            maps.forEach(all::putAll);
            return all;
        });
    }

    private static Arbitrary<Value> validValue(InputSpec spec) {
        return switch (spec.type()) {
            case STRING -> Arbitraries.strings().alpha().ofMinLength(spec.minLength() == null ? 0 : spec.minLength())
                    .ofMaxLength(20).map(Value::of);
            case BOOLEAN -> Arbitraries.of(Value.TRUE, Value.FALSE);
            case ENUM -> Arbitraries.of(spec.values());
            case INTEGER -> integer(spec);
            case NUMBER -> Arbitraries.bigDecimals().between(spec.min(), spec.max()).ofScale(2)
                    .map(n -> (Value) Value.of(n));
            case ARRAY -> throw new IllegalStateException("no shipped template has array inputs");
        };
    }

    private static Arbitrary<Value> integer(InputSpec spec) {
        BigDecimal step = spec.multipleOf() == null ? BigDecimal.ONE : spec.multipleOf();
        long low = spec.min().divide(step, 0, RoundingMode.CEILING).longValueExact();
        long high = spec.max().min(BigDecimal.valueOf(1_000_000)).divide(step, 0, RoundingMode.FLOOR).longValueExact();
        return Arbitraries.longs().between(low, high).map(k -> Value.of(step.multiply(BigDecimal.valueOf(k))));
    }
}
