package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.MetricSpec;
import java.util.Objects;

/**
 * What a study optimises: one measured metric (a template's declared metric, {@code run_seconds} or
 * {@code cost}) and the direction it should go.
 */
public record Objective(String metric, Direction direction) {

    private static final String FORM = "an objective is 'max METRIC' or 'min METRIC', such as 'max ssim'";

    public Objective {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        if (!MetricSpec.NAME.matcher(metric).matches()) {
            throw SetpointException.invalid(
                    Pointer.of("metric"),
                    "'" + metric + "' is not a metric name: lower case letters, digits and _, starting with a letter");
        }
    }

    /**
     * Reads the command line's form: {@code max ssim}, {@code maximize ssim}, {@code min run_seconds}.
     * Anything else is {@link SetpointException.Kind#INVALID} with a message that shows the form.
     */
    public static Objective parse(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length != 2) {
            throw SetpointException.invalid("", FORM + "; got '" + text + "'");
        }
        Direction direction;
        try {
            direction = Direction.of(words[0]);
        } catch (SetpointException e) {
            throw SetpointException.invalid("", FORM + "; '" + words[0] + "' is not max, min, maximize or minimize");
        }
        try {
            return new Objective(words[1], direction);
        } catch (SetpointException e) {
            throw SetpointException.invalid(
                    "", FORM + "; " + e.problems().get(0).message());
        }
    }

    /** The command line's form, {@code max ssim}, which {@link #parse} reads back. */
    public String text() {
        return direction.shortId() + " " + metric;
    }
}
