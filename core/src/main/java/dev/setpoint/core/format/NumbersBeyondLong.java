package dev.setpoint.core.format;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;

/**
 * The numbers of a JSON tree beyond a 64-bit long's range ({@code 92233720368547758081.1}). The JSON
 * Schema validator compares a number with an integer bound ({@code "minimum": 0}) through
 * {@code asLong()}, which throws for such a number instead of reporting it; when it throws, a schema
 * check reports these instead, each as out of range at its pointer.
 */
final class NumbersBeyondLong {

    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private NumbersBeyondLong() {}

    /** One problem per such number in {@code document}, in document order; empty when there is none. */
    static List<Problem> in(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        collect(document, "", problems);
        return problems;
    }

    /**
     * The problems {@link #in} finds, for a schema validator that threw {@code failure} on
     * {@code document}; {@code failure} itself when there are none, since something else went wrong.
     */
    static List<Problem> orRethrow(JsonNode document, JsonNodeException failure) {
        List<Problem> problems = in(document);
        if (problems.isEmpty()) {
            throw failure;
        }
        return problems;
    }

    private static void collect(JsonNode node, String at, List<Problem> problems) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), Pointer.child(at, member.getKey()), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), Pointer.child(at, String.valueOf(i)), problems);
            }
        } else if (node.isNumber() && beyondLong(node.decimalValue())) {
            problems.add(new Problem(at, node.decimalValue() + " is out of range"));
        }
    }

    private static boolean beyondLong(BigDecimal number) {
        return number.compareTo(MAX) > 0 || number.compareTo(MIN) < 0;
    }
}
