package dev.setpoint.core;

import java.io.Serial;
import java.util.List;
import java.util.Objects;

/**
 * The one unchecked exception of Setpoint. It carries a {@link Kind} that adapters map to an HTTP
 * status or an exit code, and every {@link Problem} found, so a caller can report them all at once.
 */
public class SetpointException extends RuntimeException {

    /** What went wrong, in terms an adapter can map without inspecting messages. */
    public enum Kind {
        /** The input is malformed or violates a rule. */
        INVALID,
        /** A named thing (preset, template, level) does not exist. */
        NOT_FOUND,
        /** A preset cannot be applied to a template. */
        INCOMPATIBLE,
        /** The input exceeds a size limit. */
        TOO_LARGE,
        /** The operation clashes with existing state (duplicate name, stale revision). */
        CONFLICT,
        /** The operation is not allowed (modifying a system preset). */
        FORBIDDEN,
        /** The write was based on a revision that is no longer current (optimistic concurrency). */
        STALE,
        /** The database is busy or out of reach (a lock held elsewhere, a restart); the same request may succeed later. */
        UNAVAILABLE,
        /** The database's disk is full: nothing was saved, and nothing will be until an operator frees space. */
        STORAGE_FULL
    }

    @Serial
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final List<Problem> problems;

    public SetpointException(Kind kind, List<Problem> problems) {
        super(summary(problems));
        this.kind = Objects.requireNonNull(kind, "kind");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SetpointException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SetpointException(Kind kind, String path, String message) {
        this(kind, List.of(new Problem(path, message)));
    }

    public static SetpointException invalid(List<Problem> problems) {
        return new SetpointException(Kind.INVALID, problems);
    }

    public static SetpointException invalid(String path, String message) {
        return new SetpointException(Kind.INVALID, path, message);
    }

    public static SetpointException notFound(String path, String message) {
        return new SetpointException(Kind.NOT_FOUND, path, message);
    }

    /** Throws {@link Kind#INVALID} when {@code problems} is not empty. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        return problems.isEmpty() ? "" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
