package dev.setpoint.cli.templates;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.FileAccessException;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --templates DIR} (or {@code SETPOINT_TEMPLATES}): template files added to the built-in ones. */
public final class TemplateOption {

    static final String ENV = "SETPOINT_TEMPLATES";

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "Add the template YAML files in DIR to the built-in templates (default: $" + ENV + ").")
    @Nullable
    String directory;

    /** True when {@code --templates} was given (the environment variable does not count). */
    public boolean given() {
        return directory != null;
    }

    public TemplateRegistry registry(Context context) {
        String dir = directory != null ? directory : context.env().get(ENV);
        if (dir == null || dir.isBlank()) {
            return TemplateRegistry.builtin();
        }
        Path path = context.resolve(dir);
        if (!Files.isDirectory(path)) {
            throw new FileAccessException(dir, Files.exists(path) ? "is not a directory" : "no such directory");
        }
        try {
            return TemplateRegistry.withDirectory(path);
        } catch (SetpointException e) {
            throw TemplateProblems.fileFirst(e, file -> asGiven(dir, path, file));
        }
    }

    /** Core names files by the resolved directory; show them below the directory as the user wrote it. */
    private static String asGiven(String dir, Path resolved, String file) {
        Path path = Path.of(file);
        return path.startsWith(resolved)
                ? Path.of(dir).resolve(resolved.relativize(path)).toString()
                : file;
    }
}
