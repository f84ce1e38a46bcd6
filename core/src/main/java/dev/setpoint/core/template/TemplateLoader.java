package dev.setpoint.core.template;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads template YAML: first the JSON Schema {@code template.schema.json}, then the rules a schema
 * cannot express (defaults and quality mappings must fit their inputs, min below max, ...). Every
 * problem found is reported at once, each at a JSON pointer into the file.
 */
public final class TemplateLoader {

    /**
     * Quality level names in level order (draft is 1). The same names as the built-in levels, kept
     * here so that templates do not depend on the quality package, which depends on them.
     */
    private static final List<String> LEVELS = List.of("draft", "standard", "high", "ultra");

    private static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofMinutes(10);

    /** Loading a large model's weights onto GPUs takes minutes. */
    private static final Duration DEFAULT_ENGINE_STARTUP = Duration.ofMinutes(20);

    private static final String DEFAULT_HEALTH = "/health";

    private TemplateLoader() {}

    /** Parses and validates a template from YAML (or JSON) text. */
    public static Template parse(String yaml) {
        return read(Json.parseYamlTree(yaml));
    }

    /** Like {@link #parse(String)}, with every problem message starting with {@code source}, the file's name. */
    public static Template parse(String yaml, String source) {
        try {
            return parse(yaml);
        } catch (SetpointException e) {
            throw withSource(source, e);
        }
    }

    /** Reads a template file; problem messages start with the file's path. */
    public static Template load(Path file) {
        try {
            if (Files.size(file) > 4L * Limits.MAX_DOCUMENT_CHARS) {
                throw new SetpointException(
                        SetpointException.Kind.TOO_LARGE,
                        "",
                        file + ": template file is larger than " + 4L * Limits.MAX_DOCUMENT_CHARS + " bytes");
            }
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw SetpointException.invalid("", file + ": cannot read template file: " + e);
        }
    }

    private static SetpointException withSource(String source, SetpointException e) {
        return new SetpointException(
                e.kind(),
                e.problems().stream()
                        .map(p -> new Problem(p.path(), source + ": " + p.message()))
                        .toList());
    }

    private static Template read(JsonNode document) {
        List<Problem> schemaProblems = TemplateSchema.validate(document);
        SetpointException.throwIfAny(document.isObject() ? List.of() : schemaProblems);
        List<Problem> problems = new ArrayList<>(schemaProblems);
        Map<String, InputSpec> inputs = inputs(document.path("inputs"), schemaProblems, problems);
        Map<Integer, Map<String, Value>> quality =
                quality(document.path("quality"), document.path("inputs"), inputs, schemaProblems, problems);
        List<MetricSpec> metrics = metrics(document.path("metrics"), schemaProblems);
        SetpointException.throwIfAny(problems);
        Execution execution = execution(document.get("execution"));
        SetpointException.throwIfAny(MetricChecks.problems(execution, metrics));
        SetpointException.throwIfAny(EngineChecks.problems(execution, inputs));
        JsonNode resources = document.get("resources");
        return new Template(
                document.get("id").stringValue(),
                document.get("version").stringValue(),
                document.get("name").stringValue(),
                document.path("description").stringValue(""),
                FunctionType.of(document.get("category").stringValue()),
                inputs,
                new Resources(
                        resources.get("cpu").doubleValue(),
                        resources.get("memory").doubleValue(),
                        resources.path("gpu").doubleValue(0),
                        resources.path("vram").doubleValue(0)),
                document.get("base_execution_time").doubleValue(),
                document.get("cost_per_second").doubleValue(),
                quality,
                document.path("runtime").stringValue(null),
                execution,
                metrics);
    }

    /** The declared metrics in file order; a metric the schema found flawed is left out (its problem is reported). */
    private static List<MetricSpec> metrics(JsonNode declared, List<Problem> schemaProblems) {
        List<MetricSpec> metrics = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : declared.properties()) {
            if (!flawed(Pointer.of("metrics", entry.getKey()), schemaProblems)) {
                JsonNode metric = entry.getValue();
                metrics.add(new MetricSpec(
                        entry.getKey(),
                        metric.get("unit").stringValue(),
                        Better.of(metric.get("better").stringValue()),
                        metric.path("description").stringValue("")));
            }
        }
        return metrics;
    }

    private static @Nullable Execution execution(@Nullable JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.has("builtin")) {
            return new Execution.Builtin(node.get("builtin").stringValue());
        }
        if (node.has("command")) {
            JsonNode command = node.get("command");
            Duration timeout = seconds(command.get("timeout_seconds"));
            List<Execution.Measure> measures = new ArrayList<>();
            command.path("measure")
                    .values()
                    .forEach(m -> measures.add(new Execution.Measure(
                            strings(m.path("argv")),
                            captures(m.path("metrics")),
                            m.has("timeout_seconds") ? seconds(m.get("timeout_seconds")) : timeout)));
            JsonNode stage = command.get("stage");
            return new Execution.Command(
                    strings(command.path("argv")),
                    strings(command.path("outputs")),
                    command.path("progress").stringValue(null),
                    timeout,
                    strings(command.path("requires")),
                    command.path("progress_total").stringValue(null),
                    stage == null
                            ? null
                            : new Execution.Stage(stage.get("text").stringValue(), captures(stage.path("values"))),
                    measures);
        }
        if (node.has("engine")) {
            return engine(node.get("engine"));
        }
        JsonNode http = node.get("http");
        return new Execution.Http(
                http.get("api").stringValue(),
                url(http.get("url").stringValue()),
                texts(http.path("fields")),
                http.has("timeout_seconds") ? seconds(http.get("timeout_seconds")) : DEFAULT_HTTP_TIMEOUT);
    }

    private static Execution.Engine engine(JsonNode engine) {
        Map<String, List<String>> falseFlags = new LinkedHashMap<>();
        engine.path("false_flags").properties().forEach(e -> falseFlags.put(e.getKey(), strings(e.getValue())));
        return new Execution.Engine(
                strings(engine.path("launch")),
                strings(engine.path("requires")),
                engine.path("python_module").stringValue(null),
                texts(engine.path("flags")),
                falseFlags,
                texts(engine.path("seed_names")),
                texts(engine.path("no_equivalent")),
                engine.path("health").stringValue(DEFAULT_HEALTH),
                engine.has("startup_timeout_seconds")
                        ? seconds(engine.get("startup_timeout_seconds"))
                        : DEFAULT_ENGINE_STARTUP,
                seconds(engine.get("timeout_seconds")));
    }

    private static Map<String, String> texts(JsonNode object) {
        Map<String, String> texts = new LinkedHashMap<>();
        object.properties().forEach(e -> texts.put(e.getKey(), e.getValue().stringValue()));
        return texts;
    }

    private static Map<String, Execution.Capture> captures(JsonNode node) {
        Map<String, Execution.Capture> captures = new LinkedHashMap<>();
        node.properties()
                .forEach(e -> captures.put(
                        e.getKey(),
                        new Execution.Capture(
                                e.getValue().get("pattern").stringValue(),
                                e.getValue().path("scale").doubleValue(1))));
        return captures;
    }

    private static URI url(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw SetpointException.invalid("/execution/http/url", "not a URL: " + e.getMessage());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.values().forEach(v -> strings.add(v.stringValue()));
        return strings;
    }

    private static Duration seconds(JsonNode node) {
        return Duration.ofMillis(Math.round(node.doubleValue() * 1000));
    }

    /** The inputs the schema accepted, checked further; inputs with schema problems are left out. */
    private static Map<String, InputSpec> inputs(
            JsonNode declared, List<Problem> schemaProblems, List<Problem> problems) {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : declared.properties()) {
            String at = Pointer.of("inputs", entry.getKey());
            if (Directives.isDirective(entry.getKey())) {
                problems.add(new Problem(at, entry.getKey() + " is a quality directive, not an input name"));
            } else if (!flawed(at, schemaProblems)) {
                InputSpec spec = spec(entry.getKey(), entry.getValue());
                check(spec, at, problems);
                inputs.put(spec.name(), spec);
            }
        }
        return inputs;
    }

    private static InputSpec spec(String name, JsonNode node) {
        List<Value> values = new ArrayList<>();
        node.path("values").values().forEach(v -> values.add(Json.fromNode(v)));
        JsonNode items = node.get("items");
        return new InputSpec(
                name,
                InputType.of(node.get("type").stringValue()),
                node.path("required").booleanValue(false),
                node.has("default") ? Json.fromNode(node.get("default")) : null,
                decimal(node.get("min")),
                decimal(node.get("max")),
                node.has("min_length") ? node.get("min_length").intValue() : null,
                node.has("max_length") ? node.get("max_length").intValue() : null,
                decimal(node.get("multiple_of")),
                values,
                items == null ? null : InputType.of(items.stringValue()),
                node.path("description").stringValue(""));
    }

    private static void check(InputSpec spec, String at, List<Problem> problems) {
        if (spec.min() != null && spec.max() != null && spec.min().compareTo(spec.max()) > 0) {
            problems.add(new Problem(
                    Pointer.child(at, "min"),
                    "min " + spec.min().toPlainString() + " is above max "
                            + spec.max().toPlainString()));
        }
        if (spec.minLength() != null && spec.maxLength() != null && spec.minLength() > spec.maxLength()) {
            problems.add(new Problem(
                    Pointer.child(at, "min_length"),
                    "min_length " + spec.minLength() + " is above max_length " + spec.maxLength()));
        }
        if (spec.defaultValue() == null) {
            return;
        }
        String defaultAt = Pointer.child(at, "default");
        if (spec.required()) {
            problems.add(new Problem(
                    defaultAt, "a required input cannot have a default: " + "drop 'default' or 'required: true'"));
        }
        spec.check(spec.defaultValue()).forEach(p -> problems.add(new Problem(defaultAt, p.message())));
    }

    /** Level (1-4) to parameters; every key must be a declared input (or resolution_scale) and every value fit it. */
    private static Map<Integer, Map<String, Value>> quality(
            JsonNode quality,
            JsonNode declared,
            Map<String, InputSpec> inputs,
            List<Problem> schemaProblems,
            List<Problem> problems) {
        Map<Integer, Map<String, Value>> mapping = new LinkedHashMap<>();
        for (int i = 0; i < LEVELS.size(); i++) {
            JsonNode level = quality.path(LEVELS.get(i));
            if (!level.isObject()) {
                continue;
            }
            Map<String, Value> parameters = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : level.properties()) {
                String at = Pointer.of("quality", LEVELS.get(i), entry.getKey());
                Value value = Json.fromNode(entry.getValue());
                if (Directives.isDirective(entry.getKey())) {
                    Directives.check(entry.getKey(), value).forEach(p -> problems.add(new Problem(at, p.message())));
                } else if (!flawed(at, schemaProblems)) {
                    checkMapped(entry.getKey(), value, at, declared, inputs, problems);
                }
                parameters.put(entry.getKey(), value);
            }
            mapping.put(i + 1, parameters);
        }
        return mapping;
    }

    private static void checkMapped(
            String name,
            Value value,
            String at,
            JsonNode declared,
            Map<String, InputSpec> inputs,
            List<Problem> problems) {
        if (!declared.has(name)) {
            problems.add(new Problem(
                    at,
                    "'" + name + "' is not an input of this template; inputs are "
                            + String.join(", ", declared.propertyNames()) + " (and the directive resolution_scale)"));
        } else if (inputs.containsKey(name)) {
            inputs.get(name).check(value).forEach(p -> problems.add(new Problem(at, p.message())));
        }
    }

    /** True when the schema already reported a problem at or below {@code at}: it cannot be read further. */
    private static boolean flawed(String at, List<Problem> schemaProblems) {
        return schemaProblems.stream()
                .anyMatch(p -> p.path().equals(at) || p.path().startsWith(at + "/"));
    }

    private static @Nullable BigDecimal decimal(@Nullable JsonNode node) {
        return node == null ? null : node.decimalValue();
    }
}
