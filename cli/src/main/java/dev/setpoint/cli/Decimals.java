package dev.setpoint.cli;

import dev.setpoint.core.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers for output, independent of the platform's locale: {@code 0.016}, {@code 50.0}, {@code 2}. */
public final class Decimals {

    private Decimals() {}

    /** Rounded to {@code scale} decimals, trailing zeros dropped but one decimal kept: 50.0, 0.016. */
    public static BigDecimal rounded(double n, int scale) {
        BigDecimal r = BigDecimal.valueOf(n).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 1 ? r.setScale(1) : r;
    }

    public static Value value(double n, int scale) {
        return Value.of(rounded(n, scale));
    }

    /** For text: the shortest plain form, 2 rather than 2.0, 0.0004 rather than 4.0E-4. */
    public static String plain(double n) {
        return BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
    }

    /** For text: to {@code digits} significant digits, in plain form: 48.9, 1.36, 0.0000693. */
    public static String significant(double n, int digits) {
        return plain(BigDecimal.valueOf(n).round(new MathContext(digits, RoundingMode.HALF_UP)));
    }

    public static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
