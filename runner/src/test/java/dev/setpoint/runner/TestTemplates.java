package dev.setpoint.runner;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only templates: tiny YAML around the inputs and execution a test needs. */
public final class TestTemplates {

    private TestTemplates() {}

    /** A template with these inputs (YAML mapping lines, indented by two) and this execution block. */
    public static Template template(String inputs, String execution) {
        return template(inputs, execution, "{}");
    }

    /** As {@link #template(String, String)}, declaring these metrics (YAML mapping lines, or {@code {}}). */
    public static Template template(String inputs, String execution, String metrics) {
        return TemplateLoader.parse("""
                id: test-only
                version: 1.0.0
                name: Test only
                category: text_generation
                inputs:
                %s
                resources: {cpu: 1, memory: 1}
                base_execution_time: 1
                cost_per_second: 0
                execution:
                %s
                metrics:
                %s
                """.formatted(
                        inputs.strip().indent(2),
                        execution.strip().indent(2),
                        metrics.strip().indent(2)));
    }

    /** An input for templates that need none (a template declares at least one). */
    public static final String NO_INPUTS = "unused: {type: integer, default: 0}";

    /** A template that runs {@code sh -c script}, taking no inputs. */
    public static Template shell(String script, String more) {
        return shell(script, more, "{}");
    }

    /** As {@link #shell(String, String)}, declaring these metrics (YAML mapping lines). */
    public static Template shell(String script, String more, String metrics) {
        return template(NO_INPUTS, """
                command:
                  argv: [sh, -c, %s]
                  timeout_seconds: 30
                %s
                """.formatted(quoted(script), more.strip().indent(2)), metrics);
    }

    /** A shipped template's parameters at a quality level: its inputs' defaults overlaid with the level's mapping. */
    public static Map<String, Value> atLevel(Template template, int level, Map<String, Value> inputs) {
        Map<String, Value> parameters = new LinkedHashMap<>();
        template.inputs().values().forEach(spec -> {
            if (spec.defaultValue() != null) {
                parameters.put(spec.name(), spec.defaultValue());
            }
        });
        parameters.putAll(template.qualityParameters(level));
        parameters.putAll(inputs);
        return parameters;
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
