package dev.setpoint.core.template;

import dev.setpoint.core.SetpointException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The function categories a template belongs to and a quality preset configures. */
public enum FunctionType {
    IMAGE_GENERATION("image_generation"),
    VIDEO_GENERATION("video_generation"),
    AUDIO_GENERATION("audio_generation"),
    TEXT_GENERATION("text_generation");

    private final String id;

    FunctionType(String id) {
        this.id = id;
    }

    /** The wire name, as in the seed: {@code image_generation}. */
    public String id() {
        return id;
    }

    public static boolean isKnown(String id) {
        return Arrays.stream(values()).anyMatch(t -> t.id.equals(id));
    }

    public static FunctionType of(String id) {
        return Arrays.stream(values())
                .filter(t -> t.id.equals(id))
                .findFirst()
                .orElseThrow(() -> SetpointException.invalid(
                        "category", "unknown function category '" + id + "'; expected one of " + ids()));
    }

    public static String ids() {
        return Arrays.stream(values()).map(FunctionType::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
