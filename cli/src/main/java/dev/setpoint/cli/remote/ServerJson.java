package dev.setpoint.cli.remote;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.Conflict;
import dev.setpoint.core.resolve.Provenance;
import dev.setpoint.core.resolve.Source;
import dev.setpoint.core.value.Value;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the server's JSON answers back into core's types (the shapes of docs and the server's *Json classes). */
public final class ServerJson {

    private static final Pattern FILENAME_STAR =
            Pattern.compile("filename\\*=UTF-8''([^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private ServerJson() {}

    public static Value.Obj object(Value value) {
        if (!(value instanceof Value.Obj object)) {
            throw unexpected("a JSON object", value);
        }
        return object;
    }

    public static List<Value> items(Value value) {
        if (!(value instanceof Value.Arr array)) {
            throw unexpected("a JSON array", value);
        }
        return array.items();
    }

    public static Value member(Value object, String name) {
        Value value = object(object).members().get(name);
        return value == null ? Value.NULL : value;
    }

    public static @Nullable String text(Value object, String name) {
        Value value = member(object, name);
        return value instanceof Value.Str s ? s.value() : null;
    }

    public static double number(Value object, String name) {
        if (!(member(object, name) instanceof Value.Num n)) {
            throw unexpected("a number at " + name, member(object, name));
        }
        return n.doubleValue();
    }

    public static long integer(Value object, String name) {
        if (!(member(object, name) instanceof Value.Num n) || !n.isIntegral()) {
            throw unexpected("an integer at " + name, member(object, name));
        }
        return n.value().longValueExact();
    }

    /** Merge conflicts as the server lists them for merge and apply. */
    public static List<Conflict> conflicts(Value array) {
        List<Conflict> out = new ArrayList<>();
        for (Value c : items(array)) {
            out.add(new Conflict(
                    text(c, "parameter"),
                    reason(text(c, "reason")),
                    text(c, "preset"),
                    items(member(c, "previous_values")),
                    items(member(c, "new_values"))));
        }
        return out;
    }

    /** Apply's {@code provenance}: per parameter its value, the layer that set it, what it overrode, the rules. */
    public static Map<String, Provenance> provenance(Value object) {
        Map<String, Provenance> out = new LinkedHashMap<>();
        object(object).members().forEach((name, p) -> {
            List<Provenance.Overridden> overrode = new ArrayList<>();
            items(member(p, "overrode"))
                    .forEach(o -> overrode.add(new Provenance.Overridden(source(o), member(o, "value"))));
            List<Provenance.RuleChange> rules = new ArrayList<>();
            items(member(p, "rules"))
                    .forEach(r -> rules.add(new Provenance.RuleChange(
                            text(r, "rule"), member(r, "from"), member(r, "to"), text(r, "why"))));
            out.put(name, new Provenance(member(p, "value"), source(member(p, "set_by")), overrode, rules));
        });
        return out;
    }

    /**
     * The file name of a {@code Content-Disposition: attachment} header, {@code filename*} (RFC 8187)
     * first; a name only, never a path, whatever the server sent. Null when there is none.
     */
    public static @Nullable String fileName(String contentDisposition) {
        Matcher star = FILENAME_STAR.matcher(contentDisposition);
        Matcher plain = FILENAME.matcher(contentDisposition);
        String name = star.find() ? percentDecoded(star.group(1)) : plain.find() ? plain.group(1) : null;
        if (name == null) {
            return null;
        }
        String safe = name.replaceAll("[/\\\\\\p{Cntrl}]", "_");
        return safe.isBlank() || safe.equals(".") || safe.equals("..") ? null : safe;
    }

    private static Source source(Value object) {
        return new Source(text(object, "layer"), text(object, "name"));
    }

    private static Conflict.Reason reason(@Nullable String id) {
        for (Conflict.Reason reason : Conflict.Reason.values()) {
            if (reason.id().equals(id)) {
                return reason;
            }
        }
        throw unexpected("a conflict reason", id == null ? Value.NULL : Value.of(id));
    }

    private static String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The server answered in a shape this command line does not know: a version mismatch. */
    private static SetpointException unexpected(String expected, Value got) {
        return SetpointException.invalid(
                "",
                "unexpected answer from the server: expected " + expected + ", got " + got.typeName()
                        + "; is the server the same Setpoint version?");
    }
}
