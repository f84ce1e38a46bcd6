package dev.setpoint.cli.studies;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-time}: {@code 90s}, {@code 10m}, {@code 1h30m}, or seconds alone ({@code 600}). */
final class MaxTimeConverter implements ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([hms]?)");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher part = PART.matcher(text);
        double seconds = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            double amount = Double.parseDouble(part.group(1));
            seconds += switch (part.group(2)) {
                case "h" -> amount * 3600;
                case "m" -> amount * 60;
                default -> amount;
            };
            end = part.end();
            if (part.group(2).isEmpty()) {
                break;
            }
        }
        if (end == 0 || end != text.length() || !(seconds > 0) || seconds > Integer.MAX_VALUE) {
            throw new TypeConversionException(
                    "'" + value + "' is not a time such as 90s, 10m or 1h30m (or seconds: 600)");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
