package dev.setpoint.core.resolve;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.CompatibilityChecker;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.template.Directives;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies presets to a template (STORY-050's apply, extended with provenance). Layers, lowest
 * precedence first:
 *
 * <ol>
 *   <li>template defaults;
 *   <li>the built-in level's parameters for the template's category; a level that defines none for
 *       it (ultra has no video, high and ultra no audio, no level has text) uses the nearest lower
 *       level that does;
 *   <li>the template's own mapping for the level;
 *   <li>the custom presets of the chain, base first;
 *   <li>parameter presets merged with the chosen strategy (each parameter must be down to one value);
 *   <li>the user's explicit inputs.
 * </ol>
 *
 * then the category's calculator rules, then global scaling, then validation against the template.
 * Immutable and thread-safe.
 */
public final class Resolver {

    private final CompatibilityChecker checker;

    public Resolver(Resources limits) {
        this.checker = new CompatibilityChecker(limits);
    }

    /** A resolver that checks resources against {@link Resources#DEFAULT_LIMITS}. */
    public Resolver() {
        this(Resources.DEFAULT_LIMITS);
    }

    public Compatibility check(ApplyRequest request) {
        return checker.check(request.template(), request.quality(), request.presets());
    }

    /**
     * Resolves the final parameters.
     *
     * @throws SetpointException INCOMPATIBLE listing every reason when the presets do not fit the
     *     template; INVALID listing every problem with the inputs or the final parameters
     */
    public ApplyResult apply(ApplyRequest request) {
        Template template = request.template();
        ResolvedQuality quality = request.quality();
        requireCompatible(request);
        checkInputs(template, request.inputs());
        Working params = new Working();
        List<Conflict> conflicts = applyLayers(params, request);
        CategoryRules.of(template.category()).apply(params, template, quality.level());
        GlobalScaling.apply(params, template, quality);
        return finish(params, request, conflicts);
    }

    /**
     * The parameters a request resolves to before they are validated, for estimating work: every
     * layer, rule and scaling applies, but required inputs not given are simply absent. With no
     * presets and no inputs this is the point the template's base time and the quality's time
     * multiplier describe.
     *
     * @throws SetpointException INCOMPATIBLE as {@link #apply} does: what cannot run has no estimate
     */
    public Map<String, Value> partialParameters(ApplyRequest request) {
        requireCompatible(request);
        checkInputs(request.template(), request.inputs());
        Working params = new Working();
        applyLayers(params, request);
        CategoryRules.of(request.template().category())
                .apply(params, request.template(), request.quality().level());
        GlobalScaling.apply(params, request.template(), request.quality());
        Map<String, Value> parameters = new LinkedHashMap<>();
        request.template().inputs().keySet().forEach(name -> {
            Value value = params.get(name);
            if (value != null) {
                parameters.put(name, value);
            }
        });
        return parameters;
    }

    private void requireCompatible(ApplyRequest request) {
        Compatibility compatibility = check(request);
        if (!compatibility.compatible()) {
            throw new SetpointException(
                    SetpointException.Kind.INCOMPATIBLE,
                    compatibility.reasons().stream()
                            .map(Incompatibility::toProblem)
                            .toList());
        }
    }

    private static List<Conflict> applyLayers(Working params, ApplyRequest request) {
        Template template = request.template();
        String category = template.category().id();
        Source defaults = new Source(Source.TEMPLATE_DEFAULT, template.ref());
        template.inputs().forEach((name, spec) -> {
            if (spec.defaultValue() != null) {
                params.set(name, spec.defaultValue(), defaults);
            }
        });
        applyLevel(params, template, request.quality().level());
        setAll(
                params,
                template,
                template.qualityParameters(request.quality().level()),
                new Source(
                        Source.TEMPLATE_QUALITY,
                        template.ref() + " " + request.quality().root().id()));
        for (QualityPreset custom : request.quality().customs()) {
            setAll(params, template, custom.parametersFor(category), new Source(Source.CUSTOM_PRESET, custom.id()));
        }
        List<Conflict> conflicts = applyParameterPresets(params, request);
        setAll(params, template, request.inputs(), new Source(Source.INPUT, "inputs"));
        return conflicts;
    }

    private static void applyLevel(Working params, Template template, int level) {
        String category = template.category().id();
        BuiltinLevels.definingValues(level, category).ifPresent(builtin -> {
            String name = builtin.level() == level
                    ? builtin.id()
                    : builtin.id() + " (" + BuiltinLevels.ofLevel(level).id() + " defines no " + category
                            + " parameters)";
            setAll(params, template, builtin.parametersFor(category), new Source(Source.QUALITY_LEVEL, name));
        });
    }

    private static List<Conflict> applyParameterPresets(Working params, ApplyRequest request) {
        if (request.presets().isEmpty()) {
            return List.of();
        }
        MergeResult merged = Merger.merge(request.presets(), request.strategy());
        Source source = new Source(
                Source.PARAMETER_PRESETS,
                String.join(" + ", merged.appliedPresets()) + " ("
                        + request.strategy().id() + ")");
        List<Problem> problems = new ArrayList<>();
        Template template = request.template();
        merged.parameters().forEach((name, candidates) -> {
            if (candidates.size() == 1) {
                params.set(template.inputName(name), candidates.get(0), source);
            } else if (!request.inputs().containsKey(name) && !request.inputs().containsKey(template.inputName(name))) {
                problems.add(new Problem(
                        name,
                        "the merged presets leave " + candidates.size() + " candidate values "
                                + Json.write(Value.arr(candidates)) + "; one run needs one: choose it in the inputs"));
            }
        });
        SetpointException.throwIfAny(problems);
        return merged.conflicts();
    }

    /**
     * Sets the values a layer has for inputs the template declares (under their own names or, for an
     * engine, the seed's), and directives.
     */
    private static void setAll(Working params, Template template, Map<String, Value> values, Source source) {
        values.forEach((name, value) -> {
            String input = template.inputName(name);
            if (template.inputs().containsKey(input) || Directives.isDirective(name)) {
                params.set(input, value, source);
            }
        });
    }

    /** Unknown names and invalid values of the inputs, all at once, before any layer is applied. */
    private static void checkInputs(Template template, Map<String, Value> inputs) {
        List<Problem> problems = new ArrayList<>();
        inputs.forEach((name, value) -> {
            InputSpec spec = template.inputs().get(template.inputName(name));
            if (spec != null) {
                problems.addAll(spec.check(value));
            } else if (Directives.isDirective(name)) {
                problems.addAll(Directives.check(name, value));
            } else {
                problems.add(new Problem(
                        name,
                        "template " + template.ref() + " has no input '" + name + "'; it has "
                                + String.join(", ", template.inputs().keySet())));
            }
        });
        SetpointException.throwIfAny(problems);
    }

    private static ApplyResult finish(Working params, ApplyRequest request, List<Conflict> conflicts) {
        Template template = request.template();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        template.inputs().forEach((name, spec) -> {
            Value value = params.get(name);
            if (value == null) {
                if (spec.required()) {
                    problems.add(new Problem(name, "is required; give it in the inputs"));
                }
                return;
            }
            problems.addAll(spec.check(value));
            provenance.put(name, params.provenance(name));
        });
        SetpointException.throwIfAny(problems);
        return new ApplyResult(
                template, request.quality(), provenance, conflicts, Estimator.estimate(template, request.quality()));
    }
}
