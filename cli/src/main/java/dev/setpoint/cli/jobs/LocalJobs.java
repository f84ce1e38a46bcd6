package dev.setpoint.cli.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.JobEvent;
import dev.setpoint.jobs.JobFiles;
import dev.setpoint.jobs.JobJson;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobQuery;
import dev.setpoint.store.JobRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The jobs {@code setpoint run} ran without a server, read from its data directory as the server's API
 * writes jobs. Only jobs of no user: a server's users' jobs in the same database stay theirs. A
 * directory without a database has no jobs, and is not created.
 */
final class LocalJobs {

    private final DataDirectory home;

    LocalJobs(DataDirectory home) {
        this.home = home;
    }

    /** Newest first, as {@code GET /api/jobs} lists them. */
    Value.Arr list(JobQuery query) {
        if (!home.hasDatabase()) {
            return new Value.Arr(List.of());
        }
        try (Database database = home.open()) {
            return new Value.Arr(database.jobs().listOwnerless(query).items().stream()
                    .<Value>map(job -> JobJson.write(job, JobEvent.stored(job), false))
                    .toList());
        }
    }

    /** One job, as {@code GET /api/jobs/{id}} writes it; NOT_FOUND for an id that is none of them. */
    Value.Obj get(String id) {
        Optional<JobRecord> job = Optional.empty();
        if (home.hasDatabase()) {
            try (Database database = home.open()) {
                job = ownerless(database, id);
            }
        }
        return job.map(j -> JobJson.write(j, JobEvent.stored(j), true)).orElseThrow(() -> notFound(id));
    }

    /**
     * Cancels a job of no user that has not ended: one whose {@code setpoint run} was killed stays
     * running in the database, for the next {@code serve} on the directory to run again. What it
     * wrote is removed. CONFLICT for a job that has ended, NOT_FOUND as for {@link #get}.
     */
    Value.Obj cancel(String id) {
        if (!home.hasDatabase()) {
            throw notFound(id);
        }
        try (Database database = home.open()) {
            UUID job = ownerless(database, id).orElseThrow(() -> notFound(id)).id();
            if (!database.jobs().cancel(job)) {
                throw new SetpointException(
                        SetpointException.Kind.CONFLICT,
                        "status",
                        "job " + job + " has already ended: "
                                + database.jobs()
                                        .find(job)
                                        .orElseThrow()
                                        .status()
                                        .id());
            }
            JobFiles.of(home.path()).remove(job);
            JobRecord cancelled = database.jobs().find(job).orElseThrow();
            return JobJson.write(cancelled, JobEvent.stored(cancelled), true);
        }
    }

    private static Optional<JobRecord> ownerless(Database database, String id) {
        return uuid(id).flatMap(database.jobs()::find).filter(j -> j.ownerId() == null);
    }

    private SetpointException notFound(String id) {
        return SetpointException.notFound("id", "no job " + id + " in " + home.path());
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
