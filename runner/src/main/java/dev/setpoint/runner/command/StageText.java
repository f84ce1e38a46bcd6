package dev.setpoint.runner.command;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a program's raw progress lines into the stage a person reads ("encoding, frame 120 of
 * 240"): each of the stage's values keeps the number of the latest line its pattern finds, and the
 * text's placeholders are filled from those values, the run's inputs, and products of them
 * ({@code {fps*duration_seconds}}). Until every value in the text has been seen there is no stage.
 * Thread-safe: both output streams offer lines.
 */
final class StageText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final String text;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Map<String, Double> scales = new HashMap<>();
    private final Map<String, Value> inputs;
    private final Map<String, Double> seen = new HashMap<>();

    StageText(Execution.Stage stage, Map<String, Value> inputs) {
        this.text = stage.text();
        this.inputs = inputs;
        stage.values().forEach((name, capture) -> {
            patterns.put(name, Pattern.compile(capture.pattern()));
            scales.put(name, capture.scale());
        });
    }

    /** Problems of a stage whatever the values: a placeholder that names no value, input or number. */
    static List<Problem> problems(Template template, Execution.Stage stage) {
        List<Problem> problems = new ArrayList<>();
        String at = Pointer.of("execution", "command", "stage", "text");
        Matcher m = PLACEHOLDER.matcher(stage.text());
        while (m.find()) {
            String[] factors = m.group(1).split("\\*", -1);
            for (String factor : factors) {
                boolean known = stage.values().containsKey(factor)
                        || (NAME.matcher(factor).matches() && template.inputs().containsKey(factor))
                        || NUMBER.matcher(factor).matches();
                if (!known) {
                    problems.add(new Problem(
                            at,
                            "{" + m.group(1) + "}: '" + factor + "' is neither one of the stage's values ("
                                    + String.join(", ", stage.values().keySet()) + "), an input nor a number"));
                }
            }
        }
        return problems;
    }

    /** Remembers the numbers this line holds for the stage's values. */
    synchronized void offer(String line) {
        patterns.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                double value = number(m.group("value")) * scales.get(name);
                if (Double.isFinite(value)) {
                    seen.put(name, value);
                }
            }
        });
    }

    /** The stage as it stands, or {@code null} while a value it shows has not been seen. */
    synchronized @Nullable String text() {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String filled = fill(m.group(1));
            if (filled == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }

    private @Nullable String fill(String placeholder) {
        String[] factors = placeholder.split("\\*", -1);
        if (factors.length == 1 && inputs.get(placeholder) instanceof Value.Str s) {
            return s.value();
        }
        double product = 1;
        for (String factor : factors) {
            Double value = factor(factor);
            if (value == null) {
                return null;
            }
            product *= value;
        }
        return format(product);
    }

    private @Nullable Double factor(String factor) {
        if (seen.containsKey(factor)) {
            return seen.get(factor);
        }
        if (inputs.get(factor) instanceof Value.Num n) {
            return n.doubleValue();
        }
        return NUMBER.matcher(factor).matches() && !patterns.containsKey(factor) ? Double.valueOf(factor) : null;
    }

    /** Whole numbers as they are, others to one decimal: a stage is read at a glance. */
    static String format(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static double number(@Nullable String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
