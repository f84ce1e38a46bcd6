package dev.setpoint.runner.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The process a run started, noted next to the run's directory ({@code <dir>.process}: a new
 * attempt starts from an emptied directory). A server killed outright (SIGKILL, a crash) cannot
 * kill its commands: they are re-parented and run on. The next attempt of the same run finds the
 * note and ends that process tree first, so two attempts never run at once. The start time guards
 * against a process id that has since been reused.
 */
final class ProcessRecord {

    private static final String SUFFIX = ".process";

    private ProcessRecord() {}

    /**
     * Notes the process. A note that cannot be written (a full disk) does not stop the run: the note
     * matters only if this server dies outright, and the run must not leave its process unwatched.
     */
    static void write(Path workDir, Process process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.writeString(note(workDir), process.pid() + " " + started, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // See above: the run goes on without its note.
        }
    }

    /** The run ended, and its process with it. A note left behind only names a process that is gone. */
    static void clear(Path workDir) {
        try {
            Files.deleteIfExists(note(workDir));
        } catch (IOException e) {
            // See above: a stale note ends nothing, since its start time no longer matches.
        }
    }

    /** Kills the process tree an earlier attempt noted in {@code workDir}, if that process still runs. */
    static void endLeftover(Path workDir) {
        noted(workDir).ifPresent(ProcessTree::kill);
    }

    private static Path note(Path workDir) {
        return workDir.resolveSibling(workDir.getFileName() + SUFFIX);
    }

    private static Optional<ProcessHandle> noted(Path workDir) {
        String[] fields;
        try {
            fields = Files.readString(note(workDir), StandardCharsets.UTF_8).strip().split(" ");
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long started = Long.parseLong(fields[1]);
            return ProcessHandle.of(Long.parseLong(fields[0])).filter(process -> process.info().startInstant()
                    .map(Instant::toEpochMilli).orElse(-1L) == started);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // Not a note this class wrote (cut short by a crash): nothing to end.
            return Optional.empty();
        }
    }
}
