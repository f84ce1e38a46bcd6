package dev.setpoint.core.resolve;

/**
 * Where a value came from: a resolution layer and the thing in it.
 *
 * @param layer one of {@code template_default}, {@code quality_level}, {@code template_quality},
 *     {@code custom_preset}, {@code parameter_presets}, {@code input}, lowest precedence first
 * @param name what in that layer set it: a template ref, a preset id, {@code inputs}
 */
public record Source(String layer, String name) {

    public static final String TEMPLATE_DEFAULT = "template_default";
    public static final String QUALITY_LEVEL = "quality_level";
    public static final String TEMPLATE_QUALITY = "template_quality";
    public static final String CUSTOM_PRESET = "custom_preset";
    public static final String PARAMETER_PRESETS = "parameter_presets";
    public static final String INPUT = "input";

    /** As a person reads it: {@code quality_level high}. */
    @Override
    public String toString() {
        return layer + " " + name;
    }
}
