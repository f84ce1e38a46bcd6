package dev.setpoint.jobs;

import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/** JobRunr's side of a batch's chunk: only the chunk's id, which is also the JobRunr job's id. */
public record RunChunk(UUID chunkId) implements JobRequest {

    @Override
    public Class<RunChunkHandler> getJobRequestHandler() {
        return RunChunkHandler.class;
    }
}
