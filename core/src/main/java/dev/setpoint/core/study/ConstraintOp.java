package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import org.jspecify.annotations.Nullable;

/** How a constraint compares a measured value with its bound. */
public enum ConstraintOp {
    LE("<="),
    LT("<"),
    GE(">="),
    GT(">");

    private final String symbol;

    ConstraintOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written: {@code <=}, {@code <}, {@code >=} or {@code >}. */
    public String symbol() {
        return symbol;
    }

    /** The operator written {@code symbol}. */
    public static ConstraintOp of(@Nullable String symbol) {
        for (ConstraintOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw SetpointException.invalid(
                Pointer.of("op"),
                "unknown operator " + (symbol == null ? "null" : "'" + symbol + "'") + "; allowed: <=, <, >=, >");
    }

    /** Whether {@code value} satisfies {@code value op bound}. */
    public boolean holds(double value, double bound) {
        return switch (this) {
            case LE -> value <= bound;
            case LT -> value < bound;
            case GE -> value >= bound;
            case GT -> value > bound;
        };
    }
}
