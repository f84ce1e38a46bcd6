package dev.setpoint.core.resolve;

import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;

/**
 * STORY-050's image rules: from level 3, {@code euler} becomes {@code dpm++_2m_karras} and attention
 * and VAE slicing are turned off (better quality for more memory); above 1024 pixels wide,
 * {@code cfg_scale} rises by 0.5 (kept within the template's maximum).
 */
record ImageRules() implements CategoryRules {

    static final Value EULER = Value.of("euler");
    static final Value KARRAS = Value.of("dpm++_2m_karras");
    static final BigDecimal WIDE = BigDecimal.valueOf(1024);
    static final BigDecimal CFG_STEP = new BigDecimal("0.5");

    @Override
    public void apply(Working params, Template template, int level) {
        if (level >= 3) {
            upgradeSampler(params, template);
            params.change(
                    "enable_attention_slicing",
                    Value.FALSE,
                    "image.slicing_off",
                    "level 3 and above turn attention slicing off for quality");
            params.change(
                    "enable_vae_slicing",
                    Value.FALSE,
                    "image.slicing_off",
                    "level 3 and above turn VAE slicing off for quality");
        }
        raiseCfgWhenWide(params, template);
    }

    private static void upgradeSampler(Working params, Template template) {
        InputSpec sampler = template.inputs().get("sampler");
        if (EULER.equals(params.get("sampler"))
                && sampler != null
                && sampler.check(KARRAS).isEmpty()) {
            params.change(
                    "sampler", KARRAS, "image.sampler_upgrade", "level 3 and above upgrade euler to dpm++_2m_karras");
        }
    }

    private static void raiseCfgWhenWide(Working params, Template template) {
        BigDecimal width = Numbers.of(params.get("width"));
        BigDecimal cfg = Numbers.of(params.get("cfg_scale"));
        InputSpec cfgSpec = template.inputs().get("cfg_scale");
        if (width != null && cfg != null && cfgSpec != null && width.compareTo(WIDE) > 0) {
            params.change(
                    "cfg_scale",
                    Value.of(Numbers.clamp(cfgSpec, cfg.add(CFG_STEP))),
                    "image.cfg_wide",
                    "width " + width.toPlainString() + " is above 1024, so cfg_scale rises by 0.5");
        }
    }
}
