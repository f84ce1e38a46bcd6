package dev.setpoint.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers for output, independent of the platform's locale: {@code 0.016}, {@code 50.0}, {@code 2}. */
public final class Decimals {

    private Decimals() {}

    /** Rounded to {@code scale} decimals, trailing zeros dropped but one decimal kept: 50.0, 0.016. */
    public static BigDecimal rounded(double n, int scale) {
        BigDecimal r =
                BigDecimal.valueOf(n).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 1 ? r.setScale(1) : r;
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

    /**
     * The unit of every cost: the templates' {@code cost_per_second} is in cost units per second, a
     * relative figure unless a deployment prices its templates in a currency (README, docs/API.md).
     */
    public static final String COST_UNIT = "cost units";

    /** For text: a time to three significant digits: 0.225 s, 48.9 s, 1250 s. */
    public static String seconds(double n) {
        return significant(n, 3) + " s";
    }

    /** For text: a cost to three significant digits with its unit: 0.00005 cost units. */
    public static String cost(double n) {
        return significant(n, 3) + " " + COST_UNIT;
    }

    /** For text: GiB with at most two decimals: 4.2 GiB, 12 GiB. */
    public static String gib(double n) {
        return plain(rounded(n, 2)) + " GiB";
    }
}
