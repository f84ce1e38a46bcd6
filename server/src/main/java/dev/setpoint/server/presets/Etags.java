package dev.setpoint.server.presets;

import dev.setpoint.core.SetpointException;
import org.jspecify.annotations.Nullable;

/** A preset's ETag is its revision in quotes: {@code "3"}. */
final class Etags {

    private Etags() {}

    static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an {@code If-Match} header names; null for no header or {@code *}. */
    static @Nullable Long revision(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.startsWith("\"") && tag.endsWith("\"") && tag.length() >= 2
                ? tag.substring(1, tag.length() - 1)
                : tag;
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new SetpointException(
                    SetpointException.Kind.STALE,
                    "If-Match",
                    "If-Match " + ifMatch + " is not an ETag of this API; send the ETag of the last GET");
        }
    }
}
