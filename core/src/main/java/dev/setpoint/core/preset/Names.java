package dev.setpoint.core.preset;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.value.Limits;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rules for preset ids, names and parameter names, shared by both kinds of preset. */
public final class Names {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Names() {}

    /** A readable id from a name: {@code "High Throughput"} becomes {@code high-throughput}. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "preset" : slug;
    }

    /** The form in which two names count as the same: trimmed, case ignored. */
    public static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static void checkId(String id, List<Problem> problems) {
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new Problem(Pointer.of("id"), "id must be 1 to 64 letters, digits, '_', '.' or '-', "
                    + "starting with a letter or digit"));
        }
    }

    static void checkName(String name, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new Problem(Pointer.of("name"), "Preset must have a name"));
        } else if (name.length() > Limits.MAX_NAME_LENGTH) {
            problems.add(new Problem(Pointer.of("name"), "name has " + name.length() + " characters; the limit is "
                    + Limits.MAX_NAME_LENGTH));
        }
    }

    static void checkParameterName(String path, String name, List<Problem> problems) {
        if (name.isBlank() || name.length() > Limits.MAX_PARAMETER_NAME_LENGTH) {
            problems.add(new Problem(path, "parameter names must be 1 to "
                    + Limits.MAX_PARAMETER_NAME_LENGTH + " characters"));
        }
    }
}
