package dev.setpoint.core.resolve;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;

/**
 * Text rule of our own: at temperature 0 decoding is greedy, so top_p and top_k filter nothing;
 * they are set to their neutral values (1.0 and 0) so that equivalent requests are identical.
 */
record TextRules() implements CategoryRules {

    static final Value NEUTRAL_TOP_P = Value.of(new BigDecimal("1.0"));
    static final Value NEUTRAL_TOP_K = Value.of(0);

    @Override
    public void apply(Working params, Template template, int level) {
        BigDecimal temperature = Numbers.of(params.get("temperature"));
        if (temperature != null && temperature.signum() == 0) {
            params.change(
                    "top_p",
                    NEUTRAL_TOP_P,
                    "text.greedy_neutral_filters",
                    "temperature 0 decodes greedily; top_p filters nothing");
            params.change(
                    "top_k",
                    NEUTRAL_TOP_K,
                    "text.greedy_neutral_filters",
                    "temperature 0 decodes greedily; top_k filters nothing");
        }
    }
}
