package dev.setpoint.server.errors;

import java.math.BigInteger;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The JSON kinds a client sends or should send, named from the Java types and tokens Jackson reports. */
final class JsonKinds {

    private static final int SHOWN = 40;

    private JsonKinds() {}

    /** What a request member of this Java type takes, in JSON's words. */
    static String of(Class<?> type) {
        Class<?> t = type.isPrimitive() ? boxed(type) : type;
        if (t == Long.class || t == Integer.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "a number";
        }
        if (t == String.class || t == Character.class || t.isEnum()) {
            return "a string";
        }
        if (t == Boolean.class) {
            return "true or false";
        }
        return t.isArray() || Collection.class.isAssignableFrom(t) ? "an array" : "an object";
    }

    /** What the client sent where the parser stopped: a kind, or a scalar as written ({@code 1.5}). */
    static String found(@Nullable JsonToken token, @Nullable Object processor) {
        if (token == null) {
            return "that";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                processor instanceof JsonParser parser ? shown(parser.getString()) : "a number";
            default -> "that";
        };
    }

    /** A value as written, cut short when long. */
    static String shown(@Nullable String text) {
        return text == null ? "that" : text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    private static Class<?> boxed(Class<?> primitive) {
        return primitive == boolean.class
                ? Boolean.class
                : primitive == char.class
                        ? Character.class
                        : primitive == double.class || primitive == float.class ? Double.class : Long.class;
    }
}
