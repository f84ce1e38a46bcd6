package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A trial as a study's driver adds it: its point, and either the job that runs the point or why no
 * job could be made for it.
 *
 * @param job stored with the trial, queued, in the same transaction; null when {@code failure} says
 *     why there is none
 */
public record NewTrial(
        int index,
        Value.Obj point,
        @Nullable NewJob job,
        @Nullable String failure) {

    public NewTrial {
        Objects.requireNonNull(point, "point");
        if (index < 0) {
            throw new IllegalArgumentException("a trial's index is 0 or more, not " + index);
        }
        if ((job == null) == (failure == null)) {
            throw new IllegalArgumentException("a trial has either a job or the failure that kept it from one");
        }
    }

    public static NewTrial of(int index, Value.Obj point, NewJob job) {
        return new NewTrial(index, point, job, null);
    }

    public static NewTrial failed(int index, Value.Obj point, String failure) {
        return new NewTrial(index, point, null, failure);
    }
}
