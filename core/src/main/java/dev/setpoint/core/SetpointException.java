package dev.setpoint.core;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one unchecked exception of Setpoint. It carries a {@link Kind} that adapters map to an HTTP
 * status or an exit code, and every {@link Problem} found, so a caller can report them all at once.
 */
public class SetpointException extends RuntimeException {

    /**
     * What went wrong, in terms an adapter can map without inspecting messages. Each kind carries the
     * HTTP status that reports it: the one table of kinds and statuses, read by the server to answer
     * and by the CLI to turn a server's answer back into the kind.
     */
    public enum Kind {
        /** The input is malformed or violates a rule. */
        INVALID(400),
        /** A named thing (preset, template, level) does not exist. */
        NOT_FOUND(404),
        /** A preset cannot be applied to a template. */
        INCOMPATIBLE(422),
        /** The input exceeds a size limit. */
        TOO_LARGE(413),
        /** The operation clashes with existing state (duplicate name, stale revision). */
        CONFLICT(409),
        /** The operation is not allowed (modifying a system preset). */
        FORBIDDEN(403),
        /** The write was based on a revision that is no longer current (optimistic concurrency). */
        STALE(412),
        /** The database is busy or out of reach (a lock held elsewhere, a restart); the same request may succeed later. */
        UNAVAILABLE(503),
        /** The database's disk is full: nothing was saved, and nothing will be until an operator frees space. */
        STORAGE_FULL(507),
        /**
         * A run failed although its input was valid: the tool exited non-zero, timed out or could not
         * start, a backend answered an error or nothing usable, an output could not be written. It is
         * 502 Bad Gateway: what failed is what Setpoint called on the caller's behalf, neither the
         * caller's request (4xx) nor Setpoint itself (500).
         */
        RUN_FAILED(502);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** The HTTP status that reports this kind. */
        public int httpStatus() {
            return httpStatus;
        }

        /** The kind an HTTP status reports, if it is one of the kinds' statuses. */
        public static Optional<Kind> ofHttpStatus(int status) {
            return Arrays.stream(values()).filter(k -> k.httpStatus == status).findFirst();
        }
    }

    @Serial
    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final List<Problem> problems;

    public SetpointException(Kind kind, List<Problem> problems) {
        this(kind, problems, null);
    }

    /** With the failure that led to it ({@code cause}, may be null), kept for logs and debugging. */
    public SetpointException(Kind kind, List<Problem> problems, @Nullable Throwable cause) {
        super(summary(problems), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a SetpointException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public SetpointException(Kind kind, String path, String message) {
        this(kind, path, message, null);
    }

    public SetpointException(Kind kind, String path, String message, @Nullable Throwable cause) {
        this(kind, List.of(new Problem(path, message)), cause);
    }

    public static SetpointException invalid(List<Problem> problems) {
        return new SetpointException(Kind.INVALID, problems);
    }

    public static SetpointException invalid(String path, String message) {
        return new SetpointException(Kind.INVALID, path, message);
    }

    /** {@link Kind#RUN_FAILED}: the run's tool or backend failed, not its input. */
    public static SetpointException runFailed(String message) {
        return new SetpointException(Kind.RUN_FAILED, "", message);
    }

    /** {@link Kind#RUN_FAILED} because of {@code cause} (an I/O error, say). */
    public static SetpointException runFailed(String message, Throwable cause) {
        return new SetpointException(Kind.RUN_FAILED, "", message, cause);
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
        return problems.isEmpty()
                ? ""
                : problems.get(0).toString() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
