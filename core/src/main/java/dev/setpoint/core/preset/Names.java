package dev.setpoint.core.preset;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.value.Limits;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rules for preset ids, names and parameter names, shared by both kinds of preset, and the
 * character rule that user and token names follow too.
 */
public final class Names {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** The template format's parameter names: flags such as {@code tp-size}, identifiers such as {@code cfg_scale}. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    // What İ folds to (i + U+0307): the dot above a soft-dotted i or j cannot be seen.
    private static final Pattern DOT_ABOVE_ON_I = Pattern.compile("(?<=[ij])\u0307");
    private static final Pattern VARIATION_SELECTOR = Pattern.compile("[\uFE0E\uFE0F]");

    private Names() {}

    /** A readable id from a name: {@code "High Throughput"} becomes {@code high-throughput}. */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "preset" : slug;
    }

    /**
     * The form in which two names count as the same: NFKC-normalised, case-folded (upper then lower
     * case, so that {@code ß} matches {@code SS}), trimmed, without emoji variation selectors and
     * without the dot above that {@code İ} folds to. {@code "ＭＩＮＥ"}, {@code "Mİne"} and
     * {@code "mine"} have the same key.
     */
    public static String normalized(String name) {
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        String key = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        key = DOT_ABOVE_ON_I.matcher(key).replaceAll("");
        return VARIATION_SELECTOR.matcher(key).replaceAll("").strip();
    }

    /** Whether {@code a} and {@code b} name the same preset: their {@link #normalized} forms are equal. */
    public static boolean same(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    /**
     * Adds a problem at {@code path} if {@code text} holds a character that is not valid Unicode or
     * cannot be seen: a half of a surrogate pair, a control character (CR, LF, NUL), a format
     * character (bidi overrides, zero-width spaces and joiners), a line or paragraph separator, a
     * noncharacter, or another default-ignorable one (fillers, variation selectors except an emoji's).
     */
    public static void checkCharacters(String path, String text, List<Problem> problems) {
        hiddenCharacter(text).ifPresent(message -> problems.add(new Problem(path, message)));
    }

    /** Why {@code text} is refused by {@link #checkCharacters}, naming the first such character. */
    public static Optional<String> hiddenCharacter(String text) {
        int position = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            if (Character.getType(c) == Character.SURROGATE) {
                return Optional.of("contains U+" + hex(c) + ", half of a surrogate pair without the other half, at "
                        + "position " + position + "; that is not valid Unicode");
            }
            if (isHidden(c, previous)) {
                return Optional.of("contains U+" + hex(c) + " " + describe(c) + " at position " + position
                        + "; names may not hold control, invisible or formatting characters");
            }
            previous = c;
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    static void checkId(@Nullable String id, List<Problem> problems) {
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new Problem(
                    Pointer.of("id"),
                    "id must be 1 to 64 letters, digits, '_', '.' or '-', " + "starting with a letter or digit"));
        }
    }

    static void checkName(@Nullable String name, List<Problem> problems) {
        String path = Pointer.of("name");
        if (name == null || normalized(name).isEmpty()) {
            problems.add(new Problem(path, "Preset must have a name"));
        } else if (name.length() > Limits.MAX_NAME_LENGTH) {
            problems.add(new Problem(
                    path, "name has " + name.length() + " characters; the limit is " + Limits.MAX_NAME_LENGTH));
        } else {
            checkCharacters(path, name, problems);
        }
    }

    /**
     * Whether {@code name} is a parameter name: 1 to {@link Limits#MAX_PARAMETER_NAME_LENGTH} ASCII
     * letters, digits, '_', '.' or '-', starting with a letter or '_', as in the template format.
     */
    public static boolean isParameterName(String name) {
        return !name.isEmpty()
                && name.length() <= Limits.MAX_PARAMETER_NAME_LENGTH
                && PARAMETER.matcher(name).matches();
    }

    static void checkParameterName(String path, String name, List<Problem> problems) {
        if (!isParameterName(name)) {
            problems.add(
                    new Problem(
                            path,
                            "parameter names are 1 to " + Limits.MAX_PARAMETER_NAME_LENGTH
                                    + " ASCII letters, digits, '_', '.' or '-', starting with a letter or '_' (tp-size, cfg_scale)"));
        }
    }

    private static boolean isHidden(int c, int previous) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> isNoncharacter(c) || isIgnorable(c, previous);
        };
    }

    private static boolean isNoncharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }

    /** Unicode's default-ignorable code points that are not format characters. */
    private static boolean isIgnorable(int c, int previous) {
        if (c == 0xFE0E || c == 0xFE0F) {
            // An emoji's text or emoji presentation (❤️) is fine; after a letter it only hides.
            return previous < 0 || Character.getType(previous) != Character.OTHER_SYMBOL;
        }
        return c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x17B4
                || c == 0x17B5
                || c >= 0x180B && c <= 0x180F
                || c == 0x3164
                || c >= 0xFE00 && c <= 0xFE0D
                || c == 0xFFA0
                || c >= 0xE0100 && c <= 0xE01EF
                || c == 0x2800;
    }

    private static String describe(int c) {
        String name = Character.getName(c);
        return name == null ? "(a noncharacter)" : name;
    }

    private static String hex(int c) {
        return String.format(Locale.ROOT, "%04X", c);
    }
}
