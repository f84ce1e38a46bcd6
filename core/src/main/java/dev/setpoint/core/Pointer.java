package dev.setpoint.core;

/** Builds RFC 6901 JSON pointers, escaping {@code ~} and {@code /} inside segments. */
public final class Pointer {

    private Pointer() {}

    /** {@code of("parameters", "a/b")} is {@code /parameters/a~1b}. */
    public static String of(String... segments) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** A pointer below {@code parent}: {@code child("/preset", "name")} is {@code /preset/name}. */
    public static String child(String parent, String... segments) {
        return parent + of(segments);
    }
}
