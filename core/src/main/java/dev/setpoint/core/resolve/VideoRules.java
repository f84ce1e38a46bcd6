package dev.setpoint.core.resolve;

import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigDecimal;

/**
 * Video rules of our own: a draft never interpolates frames (interpolation doubles the work and
 * drafts are previews), and a clip has at least one second of frames, since a shorter clip cannot
 * show motion at its frame rate.
 */
record VideoRules() implements CategoryRules {

    @Override
    public void apply(Working params, Template template, int level) {
        if (level == 1) {
            params.change(
                    "interpolation",
                    Value.FALSE,
                    "video.draft_no_interpolation",
                    "drafts are previews; interpolation would double their work");
        }
        BigDecimal fps = Numbers.of(params.get("fps"));
        BigDecimal frames = Numbers.of(params.get("frames"));
        InputSpec framesSpec = template.inputs().get("frames");
        if (fps != null && frames != null && framesSpec != null && frames.compareTo(fps) < 0) {
            params.change(
                    "frames",
                    Value.of(Numbers.clamp(framesSpec, fps)),
                    "video.one_second_minimum",
                    frames.toPlainString() + " frames at " + fps.toPlainString()
                            + " fps is under one second of motion");
        }
    }
}
