package dev.setpoint.core.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value with JSON equality: {@code 1} and {@code 1.0} are equal numbers, {@code true} is not
 * {@code 1}, and values of different types are simply unequal (never an exception).
 *
 * <p>Numbers keep the scale they were written with, so {@code 7.0} prints as {@code 7.0}.
 * Objects keep their key order, which makes printing deterministic.
 */
public sealed interface Value permits Value.Null, Value.Bool, Value.Num, Value.Str, Value.Arr, Value.Obj {

    /** The JSON type name: null, boolean, number, string, array or object. */
    String typeName();

    Null NULL = new Null();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    static Value of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static Num of(long n) {
        return new Num(BigDecimal.valueOf(n));
    }

    static Num of(BigDecimal n) {
        return new Num(n);
    }

    /**
     * A number from a double, written as its shortest decimal form ({@code 0.9}, not
     * 0.9000000000000000222); a small one without the zero its exponent form pads ({@code 0.00005},
     * not 0.000050 from {@code 5.0E-5}).
     */
    static Num of(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON numbers are finite: " + d);
        }
        BigDecimal n = new BigDecimal(Double.toString(d));
        BigDecimal stripped = n.stripTrailingZeros();
        return new Num(n.scale() > 1 && stripped.scale() > 0 ? stripped : n);
    }

    static Str of(String s) {
        return new Str(s);
    }

    static Arr arr(List<? extends Value> items) {
        return new Arr(List.copyOf(items));
    }

    static Arr arr(Value... items) {
        return new Arr(List.of(items));
    }

    /** The JSON null. */
    record Null() implements Value {
        @Override
        public String typeName() {
            return "null";
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /**
     * A number; equality and hash ignore trailing zeros so that {@code 1} equals {@code 1.0}. The hash
     * comes from the nearest double: {@link BigDecimal#doubleValue} rounds the exact value, so equal
     * numbers in any spelling hash alike, and for the usual short numbers it allocates nothing (unlike
     * {@code stripTrailingZeros}). Numbers closer together than a double resolves share a hash but
     * stay unequal.
     */
    record Num(BigDecimal value) implements Value {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "number";
        }

        /** True when the number has no fractional part ({@code 2} and {@code 2.0} both are). */
        public boolean isIntegral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        public double doubleValue() {
            return value.doubleValue();
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Num n && value.compareTo(n.value) == 0;
        }

        @Override
        public int hashCode() {
            // Murmur3's finaliser: the bits that tell small integers and short fractions apart sit at
            // the top of a double, and hash tables index by the bottom bits.
            long bits = Double.doubleToLongBits(value.doubleValue());
            bits = (bits ^ (bits >>> 33)) * 0xff51afd7ed558ccdL;
            bits = (bits ^ (bits >>> 33)) * 0xc4ceb9fe1a85ec53L;
            return (int) (bits ^ (bits >>> 33));
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    record Str(String value) implements Value {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    record Arr(List<Value> items) implements Value {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** An object; key order is kept for printing but ignored by equality. */
    record Obj(Map<String, Value> members) implements Value {
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        @Override
        public String typeName() {
            return "object";
        }
    }
}
