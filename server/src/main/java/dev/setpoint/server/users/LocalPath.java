package dev.setpoint.server.users;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a place to return to after signing in stays on this site: a path from the root, never
 * another origin ({@code https://...}, {@code //host}, {@code /\host}, which browsers read as
 * {@code //host}, {@code javascript:}). The pages' {@code sameSitePath} applies the same rule.
 */
final class LocalPath {

    /** A backslash, or a space or control character that a browser would drop or trim. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\\\s\\p{Cntrl}\\u00a0]");

    private LocalPath() {}

    /** {@code target} when it is a path on this site, else {@code fallback}. */
    static String or(@Nullable String target, String fallback) {
        boolean local = target != null
                && target.startsWith("/")
                && !target.startsWith("//")
                && !UNSAFE.matcher(target).find();
        return local ? target : fallback;
    }
}
