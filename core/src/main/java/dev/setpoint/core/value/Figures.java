package dev.setpoint.core.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The precision of derived figures (estimated times, costs, scaled resources): six significant
 * digits. Products of doubles carry binary noise ({@code 6 * 0.7} is {@code 4.199999999999999});
 * six digits are far more than any estimate is worth, and few enough that the noise, which sits in
 * the sixteenth digit, is gone. The shortest decimal form of the result is then the exact figure
 * the JSON shows ({@link Value#of(double)}).
 */
public final class Figures {

    public static final int SIGNIFICANT_DIGITS = 6;
    private static final MathContext PRECISION = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

    private Figures() {}

    /** {@code n} to six significant digits; non-finite values are left for the caller's check. */
    public static double figure(double n) {
        if (!Double.isFinite(n) || n == 0) {
            return n;
        }
        return BigDecimal.valueOf(n).round(PRECISION).doubleValue();
    }
}
