package dev.setpoint.jobs;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** JobRunr's side of a job: only the id; everything else is in Setpoint's job record. */
public record RunJob(UUID jobId) implements JobRequest {

    @Override
    public Class<RunJobHandler> getJobRequestHandler() {
        return RunJobHandler.class;
    }
}
