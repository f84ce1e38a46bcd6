package dev.setpoint.server.errors;

import java.util.Locale;
import java.util.Set;

/** The JSON kind a client sends or should send, named from what Jackson says about Java types. */
final class JsonKinds {

    private static final Set<String> NUMBERS = Set.of("Long", "Integer", "Short", "Byte", "Double", "Float",
            "BigDecimal", "BigInteger", "Number", "long", "int", "short", "byte", "double", "float");

    private JsonKinds() {}

    /** From a Java type as Jackson prints it: {@code java.util.ArrayList<java.lang.Long>}, {@code Long}, a record. */
    static String ofJavaType(String type) {
        String raw = type.replaceAll("<.*", "");
        String simple = raw.substring(Math.max(raw.lastIndexOf('.'), raw.lastIndexOf('$')) + 1);
        if (raw.endsWith("[]") || simple.endsWith("List") || simple.endsWith("Set") || simple.equals("Collection")) {
            return "an array";
        }
        if (simple.equals("String") || simple.equals("Character") || simple.equals("char")) {
            return "a string";
        }
        if (NUMBERS.contains(simple)) {
            return "a number";
        }
        return simple.equalsIgnoreCase("boolean") ? "true or false" : "an object";
    }

    /** From the kind of value Jackson found: {@code Array}, {@code Object}, {@code String}, {@code Floating-point}. */
    static String ofJacksonValue(String found) {
        return switch (found) {
            case "Array" -> "an array";
            case "Object" -> "an object";
            case "String" -> "a string";
            case "Boolean" -> "true or false";
            case "Integer", "Floating-point" -> "a number";
            default -> found.toLowerCase(Locale.ROOT);
        };
    }
}
