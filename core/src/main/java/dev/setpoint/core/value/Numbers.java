package dev.setpoint.core.value;

import dev.setpoint.core.SetpointException;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the numbers of a parsed tree within {@link Limits#MAX_NUMBER_LENGTH} digits and exponents
 * within {@link Limits#MAX_NUMBER_EXPONENT}. It looks at each number as the parser kept it (digits and
 * an exponent), so {@code 1e999999999} costs no more to refuse than to read.
 */
final class Numbers {

    private static final int SHOWN = 40;

    /** A number whose exponent does not even fit the parser's (beyond ±2^31): it cannot be shown. */
    static final String UNREADABLE = "a number's exponent is too large to read: at most " + Limits.MAX_NUMBER_LENGTH
            + " digits and exponents within ±" + Limits.MAX_NUMBER_EXPONENT;

    private Numbers() {}

    /** INVALID, with a pointer to the first number out of bounds, if there is one. */
    static void requireBounded(JsonNode root) {
        String at = firstUnbounded(root);
        if (at != null) {
            throw SetpointException.invalid(at, message(root.at(at)));
        }
    }

    /** The pointer of the first number out of bounds below {@code node}, or null. */
    private static @Nullable String firstUnbounded(JsonNode node) {
        if (node.isNumber()) {
            return bounded(node) ? null : "";
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String below = firstUnbounded(node.get(i));
                if (below != null) {
                    return "/" + i + below;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String below = firstUnbounded(member.getValue());
                if (below != null) {
                    return "/" + member.getKey().replace("~", "~0").replace("/", "~1") + below;
                }
            }
        }
        return null;
    }

    private static boolean bounded(JsonNode number) {
        BigDecimal n = decimal(number);
        return n != null
                && n.precision() <= Limits.MAX_NUMBER_LENGTH
                && Math.abs(exponent(n)) <= Limits.MAX_NUMBER_EXPONENT;
    }

    /** The number as written (no digits expanded), or null for a double that is not finite. */
    private static @Nullable BigDecimal decimal(JsonNode number) {
        if (number.isIntegralNumber()) {
            return new BigDecimal(number.bigIntegerValue());
        }
        if (number.isDouble() || number.isFloat()) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return number.decimalValue();
    }

    /** The exponent in scientific notation: 2 for 150, -3 for 0.00150; long, as scales reach ±2^31. */
    private static long exponent(BigDecimal n) {
        return (long) n.precision() - n.scale() - 1;
    }

    private static String message(JsonNode number) {
        BigDecimal n = decimal(number);
        String shown = n == null ? String.valueOf(number.doubleValue()) : n.toString();
        if (shown.length() > SHOWN) {
            shown = shown.substring(0, SHOWN / 2) + "… (" + n.precision() + " digits)";
        }
        String size = n != null && n.precision() <= Limits.MAX_NUMBER_LENGTH && exponent(n) < 0 ? "small" : "large";
        return "number " + shown + " is too " + size + ": at most " + Limits.MAX_NUMBER_LENGTH
                + " digits and exponents within ±" + Limits.MAX_NUMBER_EXPONENT;
    }
}
