package dev.setpoint.core.template;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A measurement a template's runs report, declared in its {@code metrics:} section: runs report only
 * declared metrics, each a number, and leave out what they could not measure.
 *
 * @param name lower case, digits and {@code _}, starting with a letter, at most 40 characters
 * @param unit what the number counts, such as {@code dB}, {@code bytes}, {@code kbit/s}; empty for a ratio
 * @param better which way the metric improves
 * @param description how it is measured, for people
 */
public record MetricSpec(String name, String unit, Better better, String description) {

    /** The names a metric may have: safe in JSON, SQL JSON paths and URLs alike. */
    public static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    public MetricSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(better, "better");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name " + name + " does not match " + NAME.pattern());
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
