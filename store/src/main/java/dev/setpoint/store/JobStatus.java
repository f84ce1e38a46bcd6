package dev.setpoint.store;

import dev.setpoint.core.SetpointException;

/** Where a job is in its life; the last three are final. */
public enum JobStatus {
    QUEUED("queued"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String id;

    JobStatus(String id) {
        this.id = id;
    }

    /** The wire and column name. */
    public String id() {
        return id;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public static JobStatus of(String id) {
        for (JobStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw SetpointException.invalid(
                "status", "status must be queued, running, succeeded, failed or " + "cancelled, not '" + id + "'");
    }
}
