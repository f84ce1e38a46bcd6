package dev.setpoint.core.study;

import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.value.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trial tables of the shipped tuning examples, every grid point measured on this machine by the
 * bench's GridRecorder. Read from the bench module's resources (tests run in core's directory), so
 * that the benchmark and these tests replay the one copy.
 */
final class ShippedTables {

    private static final Path TABLES = Path.of("..", "bench", "src", "main", "resources", "studies");

    private ShippedTables() {}

    /** {@code x264} (ffmpeg-video, 96 points) or {@code image} (sd-image, 96 points). */
    static TrialTable load(String name) {
        try {
            return StudyJson.trialTable(
                    Json.parse(Files.readString(TABLES.resolve(name + ".json"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
