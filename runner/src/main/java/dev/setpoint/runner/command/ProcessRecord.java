package dev.setpoint.runner.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The process a run started, noted next to the run's directory ({@code <dir>.process}) with the
 * process that started it. A server killed outright (SIGKILL, a crash) cannot kill its commands:
 * they are re-parented and run on, and may go on writing into the run's directory. So a server
 * starting up ends every noted tree whose starter is gone ({@link #endOrphans}), before it recovers
 * any job, and the next attempt of the same run ends the noted tree before its directory is emptied
 * ({@link #endLeftover}), so two attempts never run at once. Start times guard against process ids
 * that have since been reused: a pid is only ever killed while it names the process noted.
 */
public final class ProcessRecord {

    private static final String SUFFIX = ".process";

    private ProcessRecord() {}

    /**
     * Notes the process. A note that cannot be written (a full disk) does not stop the run: the note
     * matters only if this server dies outright, and the run must not leave its process unwatched.
     */
    static void write(Path workDir, Process process) {
        ProcessHandle self = ProcessHandle.current();
        try {
            Files.writeString(
                    note(workDir),
                    process.pid() + " " + started(process.toHandle()) + " " + self.pid() + " " + started(self),
                    StandardCharsets.UTF_8);
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

    /** Kills the process tree an earlier attempt noted for {@code workDir}, if that process still runs. */
    public static void endLeftover(Path workDir) {
        read(note(workDir)).flatMap(Note::process).ifPresent(ProcessTree::kill);
    }

    /**
     * Kills every process tree noted in {@code root} whose starter no longer runs, and drops those
     * notes: what a server killed outright left behind. A tree whose starter still runs (another
     * process on the same data directory, such as {@code setpoint run} beside the server) is its
     * starter's to end.
     *
     * @return the process ids killed
     */
    public static List<Long> endOrphans(Path root) {
        List<Long> killed = new ArrayList<>();
        try (DirectoryStream<Path> notes = Files.newDirectoryStream(root, "*" + SUFFIX)) {
            for (Path note : notes) {
                Optional<Note> noted = read(note);
                if (noted.isPresent() && noted.get().starter().isPresent()) {
                    continue;
                }
                noted.flatMap(Note::process).ifPresent(process -> {
                    ProcessTree.kill(process);
                    killed.add(process.pid());
                });
                Files.deleteIfExists(note);
            }
        } catch (NoSuchFileException e) {
            return killed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return killed;
    }

    private static Path note(Path workDir) {
        return workDir.resolveSibling(workDir.getFileName() + SUFFIX);
    }

    /** A note's fields; the starter's are absent from notes written before they were recorded. */
    private record Note(long pid, long started, long starterPid, long starterStarted) {

        Optional<ProcessHandle> process() {
            return running(pid, started);
        }

        /** The process that started it, if it still runs; one whose start time was unknown is taken to. */
        Optional<ProcessHandle> starter() {
            if (starterPid < 0) {
                return Optional.empty();
            }
            return starterStarted < 0 ? ProcessHandle.of(starterPid) : running(starterPid, starterStarted);
        }
    }

    private static Optional<Note> read(Path note) {
        String[] fields;
        try {
            fields = Files.readString(note, StandardCharsets.UTF_8).strip().split(" ");
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            boolean starter = fields.length >= 4;
            return Optional.of(new Note(
                    Long.parseLong(fields[0]),
                    Long.parseLong(fields[1]),
                    starter ? Long.parseLong(fields[2]) : -1,
                    starter ? Long.parseLong(fields[3]) : -1));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // Not a note this class wrote (cut short by a crash): nothing to end.
            return Optional.empty();
        }
    }

    /** The process {@code pid} if it runs and is the one that started at {@code started}; never an unknown one. */
    private static Optional<ProcessHandle> running(long pid, long started) {
        return started < 0 ? Optional.empty() : ProcessHandle.of(pid).filter(process -> started(process) == started);
    }

    private static long started(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }
}
