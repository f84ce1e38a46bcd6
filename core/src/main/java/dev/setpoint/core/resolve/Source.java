package dev.setpoint.core.resolve;

/**
 * Where a value came from: a resolution layer and the thing in it.
 *
 * @param layer one of {@code template_default}, {@code quality_level}, {@code template_quality},
 *     {@code custom_preset}, {@code parameter_presets}, {@code input}, lowest precedence first
 * @param name what in that layer set it: a template ref, a preset id, {@code inputs}; see
 *     {@link #description()} for the words people read
 */
public record Source(String layer, String name) {

    public static final String TEMPLATE_DEFAULT = "template_default";
    public static final String QUALITY_LEVEL = "quality_level";
    public static final String TEMPLATE_QUALITY = "template_quality";
    public static final String CUSTOM_PRESET = "custom_preset";
    public static final String PARAMETER_PRESETS = "parameter_presets";
    public static final String INPUT = "input";

    /**
     * As a person reads it, for every place that shows provenance (the CLI's table and
     * {@code --explain}, the server's {@code description}, the pages): {@code your input},
     * {@code template default (sd-image@1.0.0)}, {@code quality level high}.
     */
    public String description() {
        return switch (layer) {
            case INPUT -> "your input";
            case TEMPLATE_DEFAULT -> "template default (" + name + ")";
            case TEMPLATE_QUALITY -> templateQuality();
            default -> layer.replace('_', ' ') + " " + name;
        };
    }

    /** The name is the template's ref and the level ({@code sd-image@1.0.0 high}); a ref has no space. */
    private String templateQuality() {
        int space = name.indexOf(' ');
        return space < 0
                ? "template quality mapping " + name
                : "template " + name.substring(0, space) + " at quality " + name.substring(space + 1);
    }
}
