package dev.setpoint.core.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.value.JsonTypeWords;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;

/** One JSON Schema (draft 2020-12) of this package, reporting violations as {@link Problem}s with JSON pointers. */
final class SchemaCheck {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build()));

    static final SchemaCheck PRESET = load("preset.schema.json");
    static final SchemaCheck EXPORT = load("export.schema.json");

    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    private static SchemaCheck load(String file) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:dev/setpoint/core/format/" + file));
        schema.initializeValidators();
        return new SchemaCheck(schema);
    }

    /** Every violation, with pointers relative to {@code document}. */
    List<Problem> problems(JsonNode document) {
        try {
            return schema.validate(document).stream().map(this::toProblem).toList();
        } catch (JsonNodeException e) {
            return NumbersBeyondLong.orRethrow(document, e);
        }
    }

    private Problem toProblem(Error error) {
        String at = error.getInstanceLocation().toString();
        String member = error.getProperty();
        // These two keywords report at the object; pointing at the member itself is more useful.
        return switch (error.getKeyword()) {
            case "required" -> new Problem(at + Pointer.of(member), "missing required member '" + member + "'");
            case "additionalProperties" ->
                new Problem(
                        at + Pointer.of(member),
                        "unknown member '" + member + "'; expected one of " + knownMembers(error));
            case "type" -> new Problem(at, JsonTypeWords.of(error.getMessage()));
            default -> new Problem(at, error.getMessage());
        };
    }

    private String knownMembers(Error error) {
        String owner = error.getSchemaLocation().getFragment().getParent().toString();
        return String.join(
                ", ", schema.getSchemaNode().at(owner).path("properties").propertyNames());
    }
}
