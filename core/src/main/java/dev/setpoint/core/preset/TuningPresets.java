package dev.setpoint.core.preset;

import static dev.setpoint.core.preset.SystemParameterPresets.params;
import static dev.setpoint.core.preset.SystemParameterPresets.preset;

import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;

/**
 * The system parameter presets that are tuning studies a newcomer can run on a laptop in minutes:
 * each is the search space of one shipped template, sized so that running every point of it (the
 * grid) takes a few minutes with the quick inputs its description gives (docs/TUNING.md). Unlike the
 * seed's {@link SystemParameterPresets}, which tune inference engines, these fit runnable templates.
 * Their metadata's {@code recommended_for} names the template.
 */
public final class TuningPresets {

    /** {@code ffmpeg-video}: 4 x264 presets, 3 crf, 4 tunes, auto or one thread: 96 encodes. */
    public static final ParameterPreset X264_SPEED_AND_QUALITY = preset(
            "x264-speed-and-quality",
            "x264 Speed and Quality",
            "A tuning study for ffmpeg-video: x264 preset, crf, tune and threads (96 points). Quick inputs: "
                    + "{\"width\": 1280, \"height\": 720, \"duration_seconds\": 2}; the grid took 7 minutes on 2 busy cores",
            "tuning",
            params(
                    "x264_preset",
                    List.of(Value.of("ultrafast"), Value.of("veryfast"), Value.of("medium"), Value.of("slow")),
                    "crf",
                    List.of(Value.of(18), Value.of(23), Value.of(28)),
                    "tune",
                    List.of(Value.of("none"), Value.of("film"), Value.of("animation"), Value.of("zerolatency")),
                    "threads",
                    List.of(Value.of(0), Value.of(1))),
            metadata("ffmpeg-video", "x264", "video"));

    /** {@code sd-image}: 4 step counts, 4 samplers, 3 cfg scales, with and without the hr fix: 96 images. */
    public static final ParameterPreset IMAGE_SAMPLER_SWEEP = preset(
            "image-sampler-sweep",
            "Image Sampler Sweep",
            "A tuning study for sd-image: steps, sampler, cfg_scale and the high-resolution fix (96 points). "
                    + "Quick inputs: {\"prompt\": \"a lighthouse at dusk\", \"width\": 256, \"height\": 256, "
                    + "\"seed\": 7}; the grid took 2 minutes on 2 busy cores",
            "tuning",
            params(
                    "steps",
                    List.of(Value.of(10), Value.of(20), Value.of(30), Value.of(40)),
                    "sampler",
                    List.of(Value.of("euler"), Value.of("euler_a"), Value.of("ddim"), Value.of("dpm++_2m")),
                    "cfg_scale",
                    List.of(Value.of(5), Value.of(7.5), Value.of(10)),
                    "enable_hr_fix",
                    List.of(Value.FALSE, Value.TRUE)),
            metadata("sd-image", "image", "sampler"));

    /** In the order they are stored, after the quality levels (ids 9 and 10). */
    public static final List<ParameterPreset> ALL = List.of(X264_SPEED_AND_QUALITY, IMAGE_SAMPLER_SWEEP);

    private TuningPresets() {}

    private static Metadata metadata(String template, String... tags) {
        List<String> all = new java.util.ArrayList<>(List.of("tuning"));
        all.addAll(List.of(tags));
        return new Metadata("system", all, List.of(template), Map.of());
    }
}
