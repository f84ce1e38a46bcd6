package dev.setpoint.core.study;

import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.value.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The trial tables of the shipped tuning examples, every grid point measured on this machine (the
 * examples' GridRecorder wrote them; bench/src/main/resources/studies has the same files).
 */
final class ShippedTables {

    private ShippedTables() {}

    /** {@code x264} (ffmpeg-video, 96 points) or {@code image} (sd-image, 96 points). */
    static TrialTable load(String name) {
        try (InputStream in = ShippedTables.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no trial table " + name);
            }
            return StudyJson.trialTable(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
