package dev.setpoint.core.resolve;

import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;

/**
 * Audio rule of our own: below 32 kHz, MP3 is MPEG-2 Layer III, whose highest bitrate is 160
 * kbit/s, so a higher bitrate drops to the largest allowed value at or under 160.
 */
record AudioRules() implements CategoryRules {

    static final BigDecimal LOW_SAMPLE_RATE = BigDecimal.valueOf(32000);
    static final BigDecimal MPEG2_MAX_BITRATE = BigDecimal.valueOf(160);

    @Override
    public void apply(Working params, Template template, int level) {
        BigDecimal rate = Numbers.of(params.get("sample_rate"));
        BigDecimal bitrate = Numbers.of(params.get("bitrate"));
        InputSpec spec = template.inputs().get("bitrate");
        if (rate == null
                || bitrate == null
                || spec == null
                || rate.compareTo(LOW_SAMPLE_RATE) >= 0
                || bitrate.compareTo(MPEG2_MAX_BITRATE) <= 0) {
            return;
        }
        Value capped = spec.values().isEmpty()
                ? Value.of(MPEG2_MAX_BITRATE)
                : spec.values().stream()
                        .filter(v -> Numbers.of(v) != null && Numbers.of(v).compareTo(MPEG2_MAX_BITRATE) <= 0)
                        .reduce((a, b) -> Numbers.of(a).compareTo(Numbers.of(b)) >= 0 ? a : b)
                        .orElse(null);
        if (capped != null) {
            params.change(
                    "bitrate",
                    capped,
                    "audio.mpeg2_bitrate_cap",
                    "at " + rate.toPlainString() + " Hz MP3 allows at most 160 kbit/s");
        }
    }
}
