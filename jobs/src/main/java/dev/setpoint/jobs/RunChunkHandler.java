package dev.setpoint.jobs;

import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** What JobRunr's workers call for a chunk: hands it to Setpoint's chunk worker. */
public final class RunChunkHandler implements JobRequestHandler<RunChunk> {

    private final ChunkWorker worker;

    RunChunkHandler(ChunkWorker worker) {
        this.worker = worker;
    }

    @Override
    public void run(RunChunk chunk) throws InterruptedException {
        worker.run(chunk.chunkId());
    }
}
