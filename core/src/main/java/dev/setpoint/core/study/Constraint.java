package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.MetricSpec;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service-level objective on a measured metric: {@code metric op bound}. A hard constraint fails
 * a trial that breaks it, with the reason. A soft one costs a penalty instead:
 *
 * <pre>penalty = weight * exp(violation_ratio / steepness),  violation_ratio = |value - bound| / max(|bound|, 1e-9)</pre>
 *
 * <p>only when it is broken. The penalties of a trial's soft constraints add up to {@code P}, and
 * each objective's score is its value moved by {@code P * |value|} in the worse direction (down
 * when maximising, up when minimising), so a penalty makes a score worse whatever its sign: for a
 * minimised positive value that is {@code value * (1 + P)}, as the peer autotuner scores, and a
 * maximised negative value becomes more negative rather than less. With the defaults ({@link
 * #DEFAULT_WEIGHT} 1, {@link #DEFAULT_STEEPNESS} 0.1) a value just past the bound costs its own
 * magnitude, 10% past it e (2.7) times its magnitude, 30% past it 20 times. A penalty is at most
 * {@link #MAX_PENALTY}.
 *
 * @param bound the bound, a finite number
 * @param hard whether breaking it fails the trial
 * @param weight how much a soft violation costs at the bound, more than 0
 * @param steepness how fast the cost grows with the violation (smaller is steeper), more than 0
 */
public record Constraint(String metric, ConstraintOp op, double bound, boolean hard, double weight, double steepness) {

    /** A soft violation at the bound costs the score's magnitude once: as bad as a score of zero. */
    public static final double DEFAULT_WEIGHT = 1.0;

    /** Every tenth of the bound past it multiplies the cost by e: the peer autotuner's default. */
    public static final double DEFAULT_STEEPNESS = 0.1;

    /**
     * The largest penalty: past it a trial is as bad as can be, and the figure stays a number JSON
     * carries (the exponential of a violation against a bound of 0 is not).
     */
    public static final double MAX_PENALTY = 1e12;

    /** The smallest bound a violation is measured against, so that a bound of 0 divides by something. */
    static final double TINY = 1e-9;

    private static final String FORM = "a constraint is 'METRIC OP BOUND [soft] [weight=W] [steepness=S]' with OP one"
            + " of <=, <, >=, >, such as 'run_seconds <= 2' or 'p90_ttft_ms <= 500 soft weight=2'";
    private static final Pattern TEXT = Pattern.compile("\\s*([^\\s<>=]+)\\s*(<=|>=|<|>)\\s*(\\S+)((?:\\s+\\S+)*)\\s*");

    /** Decimal numbers as people write them; not Java's {@code 1d}, {@code 0x1p3} or {@code NaN}. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public Constraint {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(op, "op");
        if (!MetricSpec.NAME.matcher(metric).matches()) {
            throw SetpointException.invalid(
                    Pointer.of("metric"),
                    "'" + metric + "' is not a metric name: lower case letters, digits and _, starting with a letter");
        }
        if (!Double.isFinite(bound)) {
            throw SetpointException.invalid(Pointer.of("value"), "the bound must be a finite number, not " + bound);
        }
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw SetpointException.invalid(Pointer.of("weight"), "weight must be a number above 0, not " + weight);
        }
        if (!(steepness > 0 && Double.isFinite(steepness))) {
            throw SetpointException.invalid(
                    Pointer.of("steepness"), "steepness must be a number above 0, not " + steepness);
        }
    }

    /** A hard constraint. */
    public static Constraint hard(String metric, ConstraintOp op, double bound) {
        return new Constraint(metric, op, bound, true, DEFAULT_WEIGHT, DEFAULT_STEEPNESS);
    }

    /** A soft constraint with the default weight and steepness. */
    public static Constraint soft(String metric, ConstraintOp op, double bound) {
        return new Constraint(metric, op, bound, false, DEFAULT_WEIGHT, DEFAULT_STEEPNESS);
    }

    /**
     * Reads the command line's form: {@code run_seconds <= 2} (hard), {@code run_seconds <= 2 soft},
     * {@code p90_ttft_ms <= 500 soft weight=2 steepness=0.2}. Anything else is {@link
     * SetpointException.Kind#INVALID} with a message that shows the form.
     */
    public static Constraint parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw SetpointException.invalid("", FORM + "; got '" + text + "'");
        }
        double bound = number(m.group(3), "bound");
        boolean hard = true;
        double weight = DEFAULT_WEIGHT;
        double steepness = DEFAULT_STEEPNESS;
        boolean tuned = false;
        for (String word : m.group(4).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            } else if (word.equals("soft") || word.equals("hard")) {
                hard = word.equals("hard");
            } else if (word.startsWith("weight=")) {
                weight = number(word.substring("weight=".length()), "weight");
                tuned = true;
            } else if (word.startsWith("steepness=")) {
                steepness = number(word.substring("steepness=".length()), "steepness");
                tuned = true;
            } else {
                throw SetpointException.invalid(
                        "", FORM + "; '" + word + "' is not soft, hard, weight=W or steepness=S");
            }
        }
        if (tuned && hard) {
            throw SetpointException.invalid(
                    "", "weight and steepness apply to soft constraints only; add 'soft' to '" + text.strip() + "'");
        }
        try {
            return new Constraint(m.group(1), ConstraintOp.of(m.group(2)), bound, hard, weight, steepness);
        } catch (SetpointException e) {
            throw SetpointException.invalid("", e.problems().get(0).message() + " in '" + text.strip() + "'");
        }
    }

    /** The command line's form, which {@link #parse} reads back; weight and steepness only when not the defaults. */
    public String text() {
        StringBuilder text = new StringBuilder(metric + " " + op.symbol() + " " + plain(bound));
        if (!hard) {
            text.append(" soft");
            if (weight != DEFAULT_WEIGHT) {
                text.append(" weight=").append(plain(weight));
            }
            if (steepness != DEFAULT_STEEPNESS) {
                text.append(" steepness=").append(plain(steepness));
            }
        }
        return text.toString();
    }

    /** Whether {@code value} keeps this constraint. */
    public boolean holds(double value) {
        return op.holds(value, bound);
    }

    /** What breaking it costs at {@code value}: 0 when it holds, and for a hard constraint. */
    public double penalty(double value) {
        if (hard || holds(value)) {
            return 0;
        }
        double ratio = Math.abs(value - bound) / Math.max(Math.abs(bound), TINY);
        return Math.min(weight * Math.exp(ratio / steepness), MAX_PENALTY);
    }

    private static double number(String text, String what) {
        if (NUMBER.matcher(text).matches()) {
            double n = Double.parseDouble(text);
            if (Double.isFinite(n)) {
                return n;
            }
        }
        throw SetpointException.invalid("", "the " + what + " '" + text + "' is not a number; " + FORM);
    }

    /** {@code 2} rather than 2.0, {@code 0.2} rather than 0.2000000000000000111. */
    static String plain(double n) {
        BigDecimal decimal = new BigDecimal(Double.toString(n)).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
}
