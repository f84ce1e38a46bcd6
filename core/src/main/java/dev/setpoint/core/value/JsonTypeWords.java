package dev.setpoint.core.value;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A JSON Schema validator's type mismatch ("string found, [number, null] expected") in the words
 * the API uses for every other wrong type: "expected a number or null, not a string".
 */
public final class JsonTypeWords {

    private static final Pattern MISMATCH = Pattern.compile("(\\w+) found, \\[?([\\w, ]+?)]? expected");

    private JsonTypeWords() {}

    /** The message in those words; any other message as it is. */
    public static String of(String message) {
        Matcher mismatch = MISMATCH.matcher(message);
        if (!mismatch.matches()) {
            return message;
        }
        String expected = Arrays.stream(mismatch.group(2).split(",\\s*"))
                .map(JsonTypeWords::kind)
                .collect(Collectors.joining(" or "));
        return "expected " + expected + ", not " + kind(mismatch.group(1));
    }

    private static String kind(String type) {
        return switch (type) {
            case "null" -> "null";
            case "integer", "object", "array" -> "an " + type;
            default -> "a " + type;
        };
    }
}
