package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.runner.command.ProcessRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Each job's own directory, {@code <data-dir>/jobs/<job-id>/}, and the only names allowed in it. */
public final class JobFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private final Path root;

    JobFiles(Path dataDir) {
        this.root = dataDir.resolve("jobs").toAbsolutePath().normalize();
    }

    /** The job directories of the data directory {@code dataDir}. */
    public static JobFiles of(Path dataDir) {
        return new JobFiles(dataDir);
    }

    Path directory(UUID id) {
        return root.resolve(id.toString());
    }

    /**
     * An empty directory for a new attempt: a command an earlier attempt left running is killed
     * first (it would go on writing there), then what that attempt wrote is removed.
     */
    Path fresh(UUID id) {
        ProcessRecord.endLeftover(directory(id));
        remove(id);
        try {
            return Files.createDirectories(directory(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the job directory " + directory(id), e);
        }
    }

    /**
     * Kills the commands that a process on this data directory killed outright (SIGKILL, a crash)
     * left running, so none writes into a job's directory once the job is recovered. Called at
     * start, before any job can be recovered.
     *
     * @return the process ids killed
     */
    List<Long> endOrphans() {
        return ProcessRecord.endOrphans(root);
    }

    /** Removes the job's directory and everything in it, if it has one. */
    public void remove(UUID id) {
        Path directory = directory(id);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the job directory " + directory, e);
        }
    }

    /** An output's file; names are plain file names, so no path can leave the job's directory. */
    Path output(UUID id, String name) {
        checkName(name);
        return directory(id).resolve(name);
    }

    void checkName(@Nullable String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw SetpointException.invalid(
                    "name",
                    "an output name is a plain file name (letters, digits, " + "'_', '-', '.'), not '" + name + "'");
        }
    }
}
