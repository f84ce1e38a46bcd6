package dev.setpoint.store;

import dev.setpoint.core.SetpointException;

/** Where a study is: running until its budget or space is used up, cancelled, or failed; the last three are final. */
public enum StudyStatus {
    RUNNING("running"),
    FINISHED("finished"),
    CANCELLED("cancelled"),
    FAILED("failed");

    private final String id;

    StudyStatus(String id) {
        this.id = id;
    }

    /** The wire and column name. */
    public String id() {
        return id;
    }

    public static StudyStatus of(String id) {
        for (StudyStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw SetpointException.invalid(
                "status", "a study's status is running, finished, cancelled or failed, not '" + id + "'");
    }
}
