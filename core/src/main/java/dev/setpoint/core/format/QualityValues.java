package dev.setpoint.core.format;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.template.Directives;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * The values a quality preset sets, checked against the built-in templates of their function type,
 * so that no template-independent nonsense (steps -5, fps 0) is stored: such a preset could never be
 * applied. A value passes when one built-in template of the type that declares the parameter accepts
 * it (templates of a type differ in their ranges, and a preset serves all of them); a parameter no
 * built-in template declares is left to the template the preset is applied to.
 */
final class QualityValues {

    private QualityValues() {}

    /** Every refused value, at {@code /parameters/<type>/<name>}. */
    static List<Problem> check(QualityPreset preset) {
        return preset.parameters().entrySet().stream()
                .filter(type -> FunctionType.isKnown(type.getKey()))
                .flatMap(type -> type.getValue().entrySet().stream()
                        .flatMap(parameter -> check(type.getKey(), parameter.getKey(), parameter.getValue()).stream()
                                .map(p -> new Problem(
                                        Pointer.of("parameters", type.getKey(), parameter.getKey()), p.message()))))
                .toList();
    }

    /** The first declaring template's problems when no declaring template accepts the value. */
    private static List<Problem> check(String type, String name, Value value) {
        if (Directives.isDirective(name)) {
            return Directives.check(name, value);
        }
        List<List<Problem>> verdicts =
                declaring(type, name).stream().map(spec -> spec.check(value)).toList();
        return verdicts.isEmpty() || verdicts.stream().anyMatch(List::isEmpty) ? List.of() : verdicts.get(0);
    }

    private static List<InputSpec> declaring(String type, String name) {
        return TemplateRegistry.builtin().list(FunctionType.of(type)).stream()
                .map(template -> template.inputs().get(name))
                .filter(Objects::nonNull)
                .toList();
    }
}
