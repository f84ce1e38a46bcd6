package dev.setpoint.jobs;

import org.jobrunr.jobs.lambdas.JobRequestHandler;

/** What JobRunr's workers call: hands the job to Setpoint's worker. */
public final class RunJobHandler implements JobRequestHandler<RunJob> {

    private final JobWorker worker;

    RunJobHandler(JobWorker worker) {
        this.worker = worker;
    }

    @Override
    public void run(RunJob job) throws InterruptedException {
        worker.run(job.jobId());
    }
}
