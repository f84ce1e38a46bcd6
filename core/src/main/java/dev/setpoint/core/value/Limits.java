package dev.setpoint.core.value;

/**
 * Input limits that keep one request or file from exhausting memory or time. They are generous for
 * real presets (the largest seed preset has four parameters of two values) and stop absurd input.
 */
public final class Limits {

    /** Characters in one JSON or YAML document. */
    public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;
    /** Nesting depth of arrays and objects. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Characters in one string value. */
    public static final int MAX_STRING_LENGTH = 64 * 1024;
    /** Significant digits in one number. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Exponent of one number in scientific notation ({@code 1.5e300} has 300): within plus or minus
     * this. With the digits above, every number is a finite double and its plain decimal form has a
     * few hundred characters at most; {@code 1e999999999} (a billion digits written out) is refused
     * when it is read, before anything expands it.
     */
    public static final int MAX_NUMBER_EXPONENT = 300;
    /** Characters in a preset or template name. */
    public static final int MAX_NAME_LENGTH = 255;
    /** Characters in a parameter name. */
    public static final int MAX_PARAMETER_NAME_LENGTH = 128;
    /** Parameters in one preset (per function type for quality presets). */
    public static final int MAX_PARAMETERS = 512;
    /** Candidate values of one parameter. */
    public static final int MAX_CANDIDATES = 1024;
    /** Presets in one merge. */
    public static final int MAX_MERGE_PRESETS = 256;
    /** Links in a custom preset inheritance chain. */
    public static final int MAX_INHERITANCE_DEPTH = 16;

    private Limits() {}
}
