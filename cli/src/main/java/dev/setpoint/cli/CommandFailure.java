package dev.setpoint.cli;

import java.io.Serial;

/**
 * A failure outside the presets themselves: a server that cannot be reached or started, a caller the
 * server does not know. Reported as one line with its own exit code.
 */
public final class CommandFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
