package dev.setpoint.core.quality;

import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Value;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds custom quality presets, as in STORY-050's {@code CustomPresetBuilder}. Only what is set is
 * stored; everything else is inherited when the preset is resolved, so a later change to the base
 * reaches every preset built on it.
 *
 * <pre>{@code
 * QualityPreset crisp = CustomPresetBuilder.create()
 *         .name("Crisp")
 *         .basedOn("high")
 *         .parameters("image_generation", Map.of("steps", Value.of(60)))
 *         .timeMultiplier(1.0) // kept: 1.0 is a value, not "unset"
 *         .build();
 * }</pre>
 */
public final class CustomPresetBuilder {

    private final Supplier<String> ids;
    private @Nullable String id;
    private @Nullable String name;
    private String description = "";
    private @Nullable Integer level;
    private @Nullable String basePreset;
    private @Nullable Double timeMultiplier;
    private @Nullable Double resourceMultiplier;
    private @Nullable Double costMultiplier;
    private final Map<String, Map<String, Value>> parameters = new LinkedHashMap<>();
    private final Map<String, Double> resourceScaling = new LinkedHashMap<>();
    private @Nullable String category;
    private Metadata metadata = Metadata.EMPTY;

    private CustomPresetBuilder(Supplier<String> ids) {
        this.ids = ids;
    }

    /** A builder whose presets get ids {@code custom_} plus eight random hex digits, as in the seed. */
    public static CustomPresetBuilder create() {
        return create(() -> "custom_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    }

    /** A builder that takes ids from {@code ids} (tests pass a fixed sequence). */
    public static CustomPresetBuilder create(Supplier<String> ids) {
        return new CustomPresetBuilder(Objects.requireNonNull(ids, "ids"));
    }

    public CustomPresetBuilder id(String id) {
        this.id = id;
        return this;
    }

    public CustomPresetBuilder name(String name) {
        this.name = name;
        return this;
    }

    public CustomPresetBuilder description(String description) {
        this.description = description;
        return this;
    }

    public CustomPresetBuilder level(int level) {
        this.level = level;
        return this;
    }

    /** Inherit from a built-in level or another custom preset. */
    public CustomPresetBuilder basedOn(String basePresetId) {
        this.basePreset = basePresetId;
        return this;
    }

    /** Sets parameters for one function type; repeated calls add to them, later values winning. */
    public CustomPresetBuilder parameters(String functionType, Map<String, Value> params) {
        parameters.computeIfAbsent(functionType, t -> new LinkedHashMap<>()).putAll(params);
        return this;
    }

    public CustomPresetBuilder timeMultiplier(double multiplier) {
        this.timeMultiplier = multiplier;
        return this;
    }

    public CustomPresetBuilder resourceMultiplier(double multiplier) {
        this.resourceMultiplier = multiplier;
        return this;
    }

    public CustomPresetBuilder costMultiplier(double multiplier) {
        this.costMultiplier = multiplier;
        return this;
    }

    public CustomPresetBuilder resourceScaling(String resource, double factor) {
        resourceScaling.put(resource, factor);
        return this;
    }

    /** Restricts the preset to one function type; applying it to another is incompatible. */
    public CustomPresetBuilder category(String functionType) {
        this.category = functionType;
        return this;
    }

    public CustomPresetBuilder metadata(Metadata metadata) {
        this.metadata = metadata;
        return this;
    }

    /** Validates and builds; every problem is reported at once. */
    public QualityPreset build() {
        return new QualityPreset(
                id != null ? id : ids.get(),
                name,
                description,
                level,
                basePreset,
                timeMultiplier,
                resourceMultiplier,
                costMultiplier,
                parameters,
                resourceScaling,
                category,
                false,
                metadata);
    }
}
