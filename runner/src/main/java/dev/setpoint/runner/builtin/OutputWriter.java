package dev.setpoint.runner.builtin;

import dev.setpoint.core.SetpointException;
import dev.setpoint.runner.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a run's outputs, only ever into its own directory. */
final class OutputWriter {

    private OutputWriter() {}

    static Output write(Path workDir, String name, String mediaType, byte[] bytes) {
        Path dir = workDir.toAbsolutePath().normalize();
        Path file = dir.resolve(name).normalize();
        if (!file.getParent().equals(dir)) {
            throw SetpointException.invalid("", "output name '" + name + "' would leave the run's directory");
        }
        try {
            Files.createDirectories(dir);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw SetpointException.runFailed("cannot write output " + file + ": " + e.getMessage(), e);
        }
        return new Output(name, mediaType, bytes.length);
    }
}
