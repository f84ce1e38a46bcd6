package dev.setpoint.core.resolve;

import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.Template;

/**
 * The calculator rules of one function category, run after the layers and before global scaling.
 * Rules never change a value the user set explicitly, and only touch inputs the template declares.
 */
sealed interface CategoryRules permits ImageRules, VideoRules, AudioRules, TextRules {

    void apply(Working params, Template template, int level);

    static CategoryRules of(FunctionType type) {
        return switch (type) {
            case IMAGE_GENERATION -> new ImageRules();
            case VIDEO_GENERATION -> new VideoRules();
            case AUDIO_GENERATION -> new AudioRules();
            case TEXT_GENERATION -> new TextRules();
        };
    }
}
