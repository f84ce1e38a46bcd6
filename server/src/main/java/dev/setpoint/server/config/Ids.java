package dev.setpoint.server.config;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an id is, for every path, query and body that holds one: a preset, token or user id is a
 * canonical decimal integer ({@code 42}; not {@code 042}, {@code 0x2a}, {@code +42} or {@code 42.0}),
 * a job id a UUID in its 8-4-4-4-12 form. Anything else is INVALID, never read as some other id.
 */
public final class Ids {

    private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final int SHOWN = 40;

    private Ids() {}

    /** A numeric id written as text (a path segment, an item of {@code ids=1,2}). */
    public static long parse(String text) {
        if (text.isEmpty()) {
            throw SetpointException.invalid("", "an id is empty: ids are whole numbers in decimal, such as 42");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw SetpointException.invalid(
                    "",
                    "'" + shown(text) + "' is not an id: ids are whole numbers written in "
                            + "decimal digits, without sign, leading zeros or fraction, such as 42");
        }
        return inRange(new BigInteger(text), "'" + shown(text) + "'", "");
    }

    /** A numeric id given as a JSON number at {@code pointer}: {@code 7}, not {@code 7.0} or {@code -7}. */
    public static long of(Value.Num number, String pointer) {
        if (number.value().scale() != 0 || number.value().signum() < 0) {
            throw notAnId(number.value().toString(), pointer);
        }
        return inRange(number.value().toBigIntegerExact(), number.value().toString(), pointer);
    }

    /** A JSON number, as written, that is not an id: it has a sign, a fraction or an exponent. */
    public static SetpointException notAnId(String written, String pointer) {
        return SetpointException.invalid(
                pointer,
                shown(written) + " is not an id: ids are whole numbers without "
                        + "sign, fraction or exponent, such as 42");
    }

    /** The ids of a list parameter such as {@code ids=1,2,3}; each item an id, none empty. */
    public static List<Long> list(String parameter, String text) {
        String[] items = text.split(",", -1);
        List<Long> ids = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            try {
                ids.add(parse(items[i].strip()));
            } catch (SetpointException e) {
                throw new SetpointException(
                        e.kind(),
                        parameter,
                        parameter + "=" + shown(text) + ": item " + (i + 1) + ": "
                                + e.problems().get(0).message());
            }
        }
        return ids;
    }

    /** A job id written as text. */
    public static UUID uuid(String text) {
        if (!UUID_FORM.matcher(text).matches()) {
            throw SetpointException.invalid(
                    "",
                    "'" + shown(text) + "' is not a job id: job ids are UUIDs "
                            + "(8-4-4-4-12 hexadecimal digits, such as 3f2c8a1e-7b4d-4c9a-9e21-5d6f7a8b9c0d)");
        }
        return UUID.fromString(text);
    }

    private static long inRange(BigInteger id, String shown, String pointer) {
        if (id.compareTo(MAX) > 0) {
            throw SetpointException.invalid(pointer, shown + " is not an id: ids are at most " + Long.MAX_VALUE);
        }
        return id.longValue();
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
