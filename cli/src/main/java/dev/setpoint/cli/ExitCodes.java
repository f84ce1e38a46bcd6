package dev.setpoint.cli;

import dev.setpoint.core.SetpointException;

/** The exit codes of {@code setpoint}: part of its contract, scripts test them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A file is missing or unreadable; a server cannot be reached, or cannot start; the database is busy or out of reach, or its disk is full. */
    public static final int IO = 1;
    /** Bad command-line syntax (unknown option, missing argument, bad option value). */
    public static final int USAGE = 2;

    public static final int INVALID = 3;
    public static final int NOT_FOUND = 4;
    public static final int INCOMPATIBLE = 5;
    public static final int TOO_LARGE = 6;
    public static final int CONFLICT = 7;
    public static final int FORBIDDEN = 8;
    /** A write based on a revision that is no longer current (against a server). */
    public static final int STALE = 9;
    /** The server refused the caller: no token, or one it does not know (HTTP 401). */
    public static final int NOT_AUTHENTICATED = 10;
    /**
     * A run failed: {@code setpoint run}'s job failed or was cancelled, or a run's tool or backend
     * failed ({@link SetpointException.Kind#RUN_FAILED}; HTTP 502 from a server). One code for both,
     * since a script asks the same question of them: did the work run?
     */
    public static final int JOB_FAILED = 11;
    /** A bug: an exception nobody expected (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCodes() {}

    public static int of(SetpointException.Kind kind) {
        return switch (kind) {
            case INVALID -> INVALID;
            case NOT_FOUND -> NOT_FOUND;
            case INCOMPATIBLE -> INCOMPATIBLE;
            case TOO_LARGE -> TOO_LARGE;
            case CONFLICT -> CONFLICT;
            case FORBIDDEN -> FORBIDDEN;
            case STALE -> STALE;
            case UNAVAILABLE, STORAGE_FULL -> IO;
            case RUN_FAILED -> JOB_FAILED;
        };
    }
}
