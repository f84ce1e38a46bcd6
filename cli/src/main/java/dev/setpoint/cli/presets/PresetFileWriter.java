package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.FileAccessException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Writes the preset files export and import produce, as UTF-8, failing as a file error that names the file. */
public final class PresetFileWriter {

    private PresetFileWriter() {}

    public static void write(Context context, String file, String text) {
        try {
            Files.writeString(context.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot write: " + e.getMessage());
        }
    }

    static void createDirectories(Context context, String dir) {
        try {
            Files.createDirectories(context.resolve(dir));
        } catch (IOException e) {
            throw new FileAccessException(dir, "cannot create the directory: " + e.getMessage());
        }
    }
}
