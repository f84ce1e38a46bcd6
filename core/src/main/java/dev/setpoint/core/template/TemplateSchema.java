package dev.setpoint.core.template;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.JsonTypeWords;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of template files, with its errors turned into {@link Problem}s whose paths point
 * at the offending key (not just its parent), so a typo is reported where it is.
 */
final class TemplateSchema {

    static final String RESOURCE = "/dev/setpoint/core/template/template.schema.json";

    private static final JsonNode ROOT = Json.parseTree(Classpath.read(RESOURCE));
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ROOT);

    private TemplateSchema() {}

    /** Every way {@code document} breaks the schema, in schema order; empty when it conforms. */
    static List<Problem> validate(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : SCHEMA.validate(document)) {
            problems.add(toProblem(error, document));
        }
        return problems;
    }

    private static Problem toProblem(Error error, JsonNode document) {
        String at =
                pointer(error.getInstanceLocation(), error.getInstanceLocation().getNameCount());
        String property = error.getProperty();
        return switch (error.getKeyword()) {
            case "additionalProperties" ->
                new Problem(Pointer.child(at, property), "unknown key '" + property + "'" + expectedKeys(error));
            case "propertyNames" -> new Problem(Pointer.child(at, property), badName(at, property));
            case "required" -> new Problem(at, "missing required key '" + property + "'");
            case "false" ->
                new Problem(
                        at,
                        "'" + lastName(error.getInstanceLocation()) + "' does not apply to "
                                + inputType(document, error.getInstanceLocation()));
            case "type" -> new Problem(at, JsonTypeWords.of(error.getMessage()));
            default -> new Problem(at, error.getMessage());
        };
    }

    /** Metric names (and a command's stage values, named like them) are stricter than input names. */
    private static String badName(String at, String property) {
        return at.equals("/metrics") || at.startsWith("/execution/command/")
                ? "'" + property + "' is not a valid metric name: use up to 40 lower-case letters, digits or '_', "
                        + "starting with a letter"
                : "'" + property + "' is not a valid name: use up to 128 letters, digits, '_', '.' or '-', "
                        + "starting with a letter or '_'";
    }

    /** The keys the schema allows where an unknown one was found, to make typos easy to fix. */
    private static String expectedKeys(Error error) {
        NodePath rule = error.getSchemaLocation().getFragment();
        JsonNode allowed = ROOT.at(pointer(rule, rule.getNameCount() - 1)).path("properties");
        return allowed.isEmpty() ? "" : "; expected one of " + String.join(", ", allowed.propertyNames());
    }

    /** Keys like {@code min} are ruled out per input type; names the type of the input they sit in. */
    private static String inputType(JsonNode document, NodePath location) {
        JsonNode type =
                document.at(pointer(location, location.getNameCount() - 1)).path("type");
        return type.isString() ? type.stringValue() + " inputs" : "this input";
    }

    private static String lastName(NodePath path) {
        return String.valueOf(path.getElement(path.getNameCount() - 1));
    }

    private static String pointer(NodePath path, int count) {
        String[] segments = new String[count];
        for (int i = 0; i < count; i++) {
            segments[i] = String.valueOf(path.getElement(i));
        }
        return Pointer.of(segments);
    }
}
