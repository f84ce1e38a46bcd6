package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Where a trial is: its job's status, or {@link #FAILED} when scoring failed it. */
public enum TrialStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** The wire id, the name in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this wire id. */
    public static TrialStatus of(@Nullable String id) {
        for (TrialStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        throw SetpointException.invalid(
                Pointer.of("status"),
                "unknown trial status " + (id == null ? "null" : "'" + id + "'")
                        + "; allowed: queued, running, succeeded, failed, cancelled");
    }
}
