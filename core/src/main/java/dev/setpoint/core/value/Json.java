package dev.setpoint.core.value;

import dev.setpoint.core.SetpointException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads JSON and YAML text into {@link Value}s within {@link Limits}, and writes values as
 * deterministic JSON (key order kept, numbers as written).
 */
public final class Json {

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
            .maxStringLength(Limits.MAX_STRING_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .maxDocumentLength(Limits.MAX_DOCUMENT_CHARS)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder(
                    JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper YAML = YAMLMapper.builder(
                    YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {}

    /** Parses JSON text; malformed or oversized text is a {@link SetpointException} naming the line. */
    public static Value parse(String text) {
        return convert(readTree(JSON, text, "JSON"));
    }

    /** Parses YAML text (a superset of JSON); errors name the line. */
    public static Value parseYaml(String text) {
        return convert(readTree(YAML, text, "YAML"));
    }

    /** Parses JSON text into a Jackson tree, for JSON Schema validation. */
    public static JsonNode parseTree(String text) {
        return readTree(JSON, text, "JSON");
    }

    /** Parses YAML text into a Jackson tree, for JSON Schema validation. */
    public static JsonNode parseYamlTree(String text) {
        return readTree(YAML, text, "YAML");
    }

    private static JsonNode readTree(ObjectMapper mapper, String text, String format) {
        if (text.length() > Limits.MAX_DOCUMENT_CHARS) {
            throw new SetpointException(
                    SetpointException.Kind.TOO_LARGE,
                    "",
                    format + " document has " + text.length() + " characters; the limit is "
                            + Limits.MAX_DOCUMENT_CHARS);
        }
        try {
            JsonNode node = bounded(mapper, text);
            if (node == null || node.isMissingNode()) {
                throw SetpointException.invalid("", format + " document is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw SetpointException.invalid("", "malformed " + format + ": " + JsonErrors.describe(e, format));
        }
    }

    /**
     * Reads JSON text into a Jackson tree within {@link Limits}, as {@link #parseTree} does, but lets a
     * malformed document's {@link JacksonException} through for the caller to word with
     * {@link JsonErrors}: the server answers a request body so, without "malformed JSON", as the whole
     * body is the document. Text without a value gives null or a missing node; a number out of bounds
     * is INVALID with a pointer to it.
     */
    public static @Nullable JsonNode readTree(String text) {
        return bounded(JSON, text);
    }

    private static @Nullable JsonNode bounded(ObjectMapper mapper, String text) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node != null && !node.isMissingNode()) {
                Numbers.requireBounded(node);
            }
            return node;
        } catch (NumberFormatException e) {
            // The parser itself refuses an exponent beyond an int, before Numbers sees the tree.
            throw SetpointException.invalid("", Numbers.UNREADABLE);
        }
    }

    /**
     * Converts a Jackson tree into a value; a number out of {@link Limits} is INVALID, with a pointer
     * to it, before any of them is converted.
     */
    public static Value fromNode(JsonNode node) {
        Numbers.requireBounded(node);
        return convert(node);
    }

    private static Value convert(JsonNode node) {
        return switch (node.getNodeType()) {
            case NULL, MISSING -> Value.NULL;
            case BOOLEAN -> Value.of(node.booleanValue());
            case NUMBER ->
                new Value.Num(node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue());
            case STRING -> new Value.Str(node.stringValue());
            case ARRAY -> {
                List<Value> items = new ArrayList<>(node.size());
                node.values().forEach(item -> items.add(convert(item)));
                yield new Value.Arr(items);
            }
            case OBJECT -> {
                Map<String, Value> members = new LinkedHashMap<>();
                node.properties().forEach(e -> members.put(e.getKey(), convert(e.getValue())));
                yield new Value.Obj(members);
            }
            case BINARY, POJO -> throw SetpointException.invalid("", "unsupported value: " + node);
        };
    }

    /** Compact JSON. */
    public static String write(Value value) {
        StringBuilder out = new StringBuilder();
        write(value, out, -1, 0);
        return out.toString();
    }

    /** JSON indented by two spaces, ending without a newline. */
    public static String pretty(Value value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 2, 0);
        return out.toString();
    }

    private static void write(Value value, StringBuilder out, int indent, int depth) {
        if (value instanceof Value.Null) {
            out.append("null");
        } else if (value instanceof Value.Bool b) {
            out.append(b.value());
        } else if (value instanceof Value.Num n) {
            out.append(
                    n.value().toString().contains("E")
                            ? n.value().toPlainString()
                            : n.value().toString());
        } else if (value instanceof Value.Str s) {
            quote(s.value(), out);
        } else if (value instanceof Value.Arr a) {
            writeArray(a, out, indent, depth);
        } else {
            writeObject((Value.Obj) value, out, indent, depth);
        }
    }

    private static void writeArray(Value.Arr a, StringBuilder out, int indent, int depth) {
        if (a.items().isEmpty()) {
            out.append("[]");
            return;
        }
        // Arrays of scalars stay on one line: candidate lists read best that way.
        boolean flat =
                indent < 0 || a.items().stream().noneMatch(v -> v instanceof Value.Arr || v instanceof Value.Obj);
        out.append('[');
        for (int i = 0; i < a.items().size(); i++) {
            if (i > 0) {
                out.append(flat && indent >= 0 ? ", " : ",");
            }
            if (!flat) {
                newline(out, indent, depth + 1);
            }
            write(a.items().get(i), out, indent, depth + 1);
        }
        if (!flat) {
            newline(out, indent, depth);
        }
        out.append(']');
    }

    private static void writeObject(Value.Obj o, StringBuilder out, int indent, int depth) {
        if (o.members().isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Value> e : o.members().entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, indent, depth + 1);
            quote(e.getKey(), out);
            out.append(indent < 0 ? ":" : ": ");
            write(e.getValue(), out, indent, depth + 1);
        }
        newline(out, indent, depth);
        out.append('}');
    }

    private static void newline(StringBuilder out, int indent, int depth) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * depth));
        }
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
