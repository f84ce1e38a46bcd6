package dev.setpoint.cli;

import dev.setpoint.store.DefaultDataDir;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR}: where {@code serve}, and the commands that work without a server, keep the
 * embedded database and the jobs' files. Without it, the directory the server would use.
 */
public final class DataDirOption {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The data directory: the embedded database "
                    + "and the jobs' files, of serve and of run, estimate and jobs without a server "
                    + "(default: $SETPOINT_DATA_DIR, else $${XDG_DATA_HOME:-~/.local/share}/setpoint).")
    @Nullable
    String dir;

    /** The directory given, else the default for the environment, from the working directory. */
    public Path path(Context context) {
        Path chosen = dir != null ? Path.of(dir) : DefaultDataDir.of(context.env());
        return context.workDir().resolve(chosen).normalize();
    }
}
