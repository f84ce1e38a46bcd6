package dev.setpoint.runner.command;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads progress from a program's output lines: a group {@code percent} (0-100), or a group
 * {@code done} counting towards a group {@code total} or a total known in advance. A total seen on
 * one line is remembered for later lines.
 */
final class ProgressPattern {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Pattern pattern;
    private final boolean percent;
    private final boolean counts;
    private final boolean ownTotal;
    private double total;

    /** @param total what {@code done} counts towards when the pattern has no {@code total} group; NaN if unknown */
    ProgressPattern(String regex, double total) {
        List<String> groups = groupNames(regex);
        this.pattern = Pattern.compile(regex);
        this.percent = groups.contains("percent");
        this.counts = groups.contains("done");
        this.ownTotal = groups.contains("total");
        this.total = total;
    }

    /** The named groups a regular expression declares. */
    static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The fraction done (0 to 1) this line reports, if it reports one. */
    OptionalDouble fraction(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        if (percent && m.group("percent") != null) {
            return clamped(number(m.group("percent")) / 100);
        }
        if (ownTotal && m.group("total") != null) {
            total = number(m.group("total"));
        }
        String done = counts ? m.group("done") : null;
        return done == null || !(total > 0) ? OptionalDouble.empty() : clamped(number(done) / total);
    }

    private static OptionalDouble clamped(double fraction) {
        return Double.isFinite(fraction)
                ? OptionalDouble.of(Math.max(0, Math.min(1, fraction)))
                : OptionalDouble.empty();
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
