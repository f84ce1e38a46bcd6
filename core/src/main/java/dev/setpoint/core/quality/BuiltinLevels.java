package dev.setpoint.core.quality;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four built-in quality levels with exactly the values of STORY-050. */
public final class BuiltinLevels {

    public static final QualityPreset DRAFT = level(
            "draft",
            "Draft",
            "Fast generation for previews and iterations",
            1,
            0.3,
            0.5,
            0.25,
            Map.of(
                    "image_generation",
                            params("steps", 15, "cfg_scale", 7.0, "sampler", "euler", "resolution_scale", 0.75),
                    "video_generation",
                            params("fps", 12, "frames", 24, "resolution_scale", 0.5, "motion_quality", "low"),
                    "audio_generation", params("sample_rate", 22050, "bitrate", 128, "processing_quality", "fast")),
            params3("cpu", 0.5, "memory", 0.6, "gpu_memory", 0.7));

    public static final QualityPreset STANDARD = level(
            "standard",
            "Standard",
            "Balanced quality and speed for most use cases",
            2,
            1.0,
            1.0,
            1.0,
            Map.of(
                    "image_generation",
                            params("steps", 30, "cfg_scale", 7.5, "sampler", "dpm++_2m", "resolution_scale", 1.0),
                    "video_generation",
                            params("fps", 24, "frames", 48, "resolution_scale", 1.0, "motion_quality", "medium"),
                    "audio_generation", params("sample_rate", 44100, "bitrate", 192, "processing_quality", "balanced")),
            Map.of());

    public static final QualityPreset HIGH = level(
            "high",
            "High Quality",
            "Enhanced quality for professional use",
            3,
            2.5,
            1.5,
            2.0,
            Map.of(
                    "image_generation",
                            params(
                                    "steps",
                                    50,
                                    "cfg_scale",
                                    8.0,
                                    "sampler",
                                    "dpm++_2m_karras",
                                    "resolution_scale",
                                    1.0,
                                    "enable_hr_fix",
                                    true,
                                    "hr_scale",
                                    2.0),
                    "video_generation",
                            params(
                                    "fps",
                                    30,
                                    "frames",
                                    90,
                                    "resolution_scale",
                                    1.0,
                                    "motion_quality",
                                    "high",
                                    "interpolation",
                                    true)),
            Map.of());

    public static final QualityPreset ULTRA = level(
            "ultra",
            "Ultra Quality",
            "Maximum quality for final production",
            4,
            5.0,
            2.0,
            4.0,
            Map.of(
                    "image_generation",
                    params(
                            "steps",
                            100,
                            "cfg_scale",
                            8.5,
                            "sampler",
                            "dpm++_3m_sde_karras",
                            "resolution_scale",
                            1.0,
                            "enable_hr_fix",
                            true,
                            "hr_scale",
                            2.0,
                            "hr_steps",
                            20,
                            "enable_refinement",
                            true)),
            Map.of());

    /** Draft to ultra, in level order. */
    public static final List<QualityPreset> ALL = List.of(DRAFT, STANDARD, HIGH, ULTRA);

    private BuiltinLevels() {}

    public static Optional<QualityPreset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The built-in of a level, 1 (draft) to 4 (ultra). */
    public static QualityPreset ofLevel(int level) {
        if (level < QualityPreset.MIN_LEVEL || level > QualityPreset.MAX_LEVEL) {
            throw SetpointException.invalid("/level", "level must be 1 (draft) to 4 (ultra), not " + level);
        }
        return ALL.get(level - 1);
    }

    /**
     * The built-in whose parameters a chain at {@code level} uses for {@code functionType}: that
     * level's, or the nearest lower level's when it defines none for the type (ultra has no video);
     * empty when no level up to it does (text).
     */
    public static Optional<QualityPreset> definingValues(int level, String functionType) {
        for (int l = level; l >= QualityPreset.MIN_LEVEL; l--) {
            if (!ofLevel(l).parametersFor(functionType).isEmpty()) {
                return Optional.of(ofLevel(l));
            }
        }
        return Optional.empty();
    }

    private static QualityPreset level(
            String id,
            String name,
            String description,
            int level,
            double time,
            double resource,
            double cost,
            Map<String, Map<String, Value>> parameters,
            Map<String, Double> scaling) {
        // Function types in the seed's order, so output is deterministic.
        Map<String, Map<String, Value>> ordered = new LinkedHashMap<>();
        for (String type : List.of("image_generation", "video_generation", "audio_generation")) {
            if (parameters.containsKey(type)) {
                ordered.put(type, parameters.get(type));
            }
        }
        return new QualityPreset(
                id,
                name,
                description,
                level,
                null,
                time,
                resource,
                cost,
                ordered,
                scaling,
                null,
                true,
                Metadata.of("system", List.of()));
    }

    private static Map<String, Value> params(Object... nameThenValue) {
        Map<String, Value> params = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            params.put((String) nameThenValue[i], toValue(nameThenValue[i + 1]));
        }
        return params;
    }

    private static Map<String, Double> params3(String a, double x, String b, double y, String c, double z) {
        Map<String, Double> scaling = new LinkedHashMap<>();
        scaling.put(a, x);
        scaling.put(b, y);
        scaling.put(c, z);
        return scaling;
    }

    private static Value toValue(Object o) {
        if (o instanceof Integer i) {
            return Value.of(i.longValue());
        } else if (o instanceof Double d) {
            return Value.of(d);
        } else if (o instanceof Boolean b) {
            return Value.of(b);
        }
        return Value.of((String) o);
    }
}
