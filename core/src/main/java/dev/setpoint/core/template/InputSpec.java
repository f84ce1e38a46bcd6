package dev.setpoint.core.template;

import dev.setpoint.core.Problem;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One typed input of a template.
 *
 * @param defaultValue the value used when nothing else sets the input; {@code null} for none
 * @param min inclusive lower bound of numbers
 * @param max inclusive upper bound of numbers
 * @param minLength minimum characters of a string, or items of an array
 * @param maxLength maximum characters of a string, or items of an array
 * @param multipleOf numbers must be a whole multiple of this (for example 8 for image sizes)
 * @param values the allowed values of an {@code enum} input
 * @param items the type of an array's items, or {@code null} for any
 */
public record InputSpec(
        String name,
        InputType type,
        boolean required,
        @Nullable Value defaultValue,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        @Nullable Integer minLength,
        @Nullable Integer maxLength,
        @Nullable BigDecimal multipleOf,
        List<Value> values,
        @Nullable InputType items,
        String description) {

    /** How much of a refused value a message quotes. */
    private static final int SHOWN_CHARS = 40;

    public InputSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = values == null ? List.of() : List.copyOf(values);
        description = description == null ? "" : description;
        if (type == InputType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("enum input " + name + " needs values");
        }
    }

    /** Every way {@code value} breaks this specification; empty when it is valid. */
    public List<Problem> check(Value value) {
        List<Problem> problems = new ArrayList<>();
        switch (type) {
            case STRING -> {
                if (value instanceof Value.Str s) {
                    checkLength(s.value().codePointCount(0, s.value().length()), "characters", problems);
                } else {
                    problems.add(wrongType("a string", value));
                }
            }
            case INTEGER -> {
                if (value instanceof Value.Num n && n.isIntegral()) {
                    checkNumber(n.value(), problems);
                } else {
                    problems.add(wrongType("an integer", value));
                }
            }
            case NUMBER -> {
                if (value instanceof Value.Num n) {
                    checkNumber(n.value(), problems);
                } else {
                    problems.add(wrongType("a number", value));
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Value.Bool)) {
                    problems.add(wrongType("true or false", value));
                }
            }
            case ENUM -> {
                if (!values.contains(value)) {
                    problems.add(new Problem(name, Json.write(value) + " is not one of " + allowed()));
                }
            }
            case ARRAY -> checkArray(value, problems);
        }
        return problems;
    }

    /** The allowed values of an enum, as the user would write them. */
    public String allowed() {
        return values.stream().map(Json::write).collect(Collectors.joining(", "));
    }

    private void checkArray(Value value, List<Problem> problems) {
        if (!(value instanceof Value.Arr arr)) {
            problems.add(wrongType("an array", value));
            return;
        }
        checkLength(arr.items().size(), "items", problems);
        if (items != null) {
            InputSpec item =
                    new InputSpec(name + "[]", items, false, null, min, max, null, null, multipleOf, values, null, "");
            arr.items().forEach(v -> problems.addAll(item.check(v)));
        }
    }

    private void checkNumber(BigDecimal n, List<Problem> problems) {
        if (min != null && n.compareTo(min) < 0) {
            problems.add(new Problem(name, shown(n) + " is below the minimum " + min.toPlainString()));
        }
        if (max != null && n.compareTo(max) > 0) {
            problems.add(new Problem(name, shown(n) + " is above the maximum " + max.toPlainString()));
        }
        if (multipleOf != null
                && multipleOf.signum() > 0
                && n.remainder(multipleOf).signum() != 0) {
            problems.add(new Problem(name, shown(n) + " is not a multiple of " + multipleOf.toPlainString()));
        }
    }

    private void checkLength(int length, String unit, List<Problem> problems) {
        if (minLength != null && length < minLength) {
            problems.add(new Problem(name, "has " + length + " " + unit + "; at least " + minLength + " needed"));
        }
        if (maxLength != null && length > maxLength) {
            problems.add(new Problem(name, "has " + length + " " + unit + "; at most " + maxLength + " allowed"));
        }
    }

    private Problem wrongType(String expected, Value actual) {
        String written = Json.write(actual);
        String shown = written.length() > SHOWN_CHARS ? written.substring(0, SHOWN_CHARS) + "..." : written;
        return new Problem(
                name,
                "must be " + expected + ", not "
                        + (actual instanceof Value.Null ? "null" : actual.typeName() + " " + shown));
    }

    /** A number as the client would write it: 1E+300 rather than its 301 digits. */
    private static String shown(BigDecimal n) {
        String plain = n.toPlainString();
        return plain.length() > SHOWN_CHARS ? n.toString() : plain;
    }
}
