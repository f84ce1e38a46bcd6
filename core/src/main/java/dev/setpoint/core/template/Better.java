package dev.setpoint.core.template;

import java.util.Locale;

/** Which way a metric improves: a larger value is better, a smaller one, or neither (a count, a size). */
public enum Better {
    HIGHER,
    LOWER,
    NONE;

    /** The word templates and documents use: {@code higher}, {@code lower} or {@code none}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction named by {@link #id()}; the template schema admits no other word. */
    static Better of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
