package dev.setpoint.server.batches;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.ComparisonJson;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchService;
import dev.setpoint.jobs.BatchSubmission;
import dev.setpoint.jobs.Comparisons;
import dev.setpoint.jobs.JobService;
import dev.setpoint.server.templates.TemplateCatalog;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.Viewer;
import java.nio.file.Path;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Comparisons as batches: submitted with their problems at the comparison body's pointers, found for
 * a viewer (theirs, or a shared sample), and written as the comparison document, whose output links
 * are served under the comparison, so a sample's outputs reach every user.
 */
@Component
class ComparisonDocuments {

    static final String COMPARISON = "comparison";
    static final String SAMPLE = "sample";

    private final BatchService batches;
    private final JobService jobs;
    private final TemplateCatalog templates;

    ComparisonDocuments(BatchService batches, JobService jobs, TemplateCatalog templates) {
        this.batches = batches;
        this.jobs = jobs;
        this.templates = templates;
    }

    /** Submits the planned comparison as a batch of {@code kind}, owned by {@code ownerId}. */
    BatchRecord submit(@Nullable Long ownerId, String kind, ComparisonRequests.Planned planned) {
        try {
            return batches.submit(ownerId, new BatchSubmission(null, kind, planned.spec(), planned.items()));
        } catch (SetpointException e) {
            throw ItemProblems.inComparison(e, planned.selections());
        }
    }

    /** The viewer's comparison, or a sample; NOT_FOUND for a plain batch and for anyone else's. */
    BatchRecord find(Viewer viewer, UUID id) {
        BatchRecord batch = batches.get(id);
        boolean visible = batch.kind().equals(SAMPLE)
                || (batch.kind().equals(COMPARISON) && batch.ownerId() != null && batch.ownerId() == viewer.userId());
        if (!visible) {
            throw SetpointException.notFound("id", "no comparison " + id);
        }
        return batch;
    }

    Value.Obj document(BatchRecord batch) {
        return ComparisonJson.encode(Comparisons.of(
                batch, batches.jobs(batch), templates.registry(), (job, name) -> outputPath(batch, job, name)));
    }

    /** One of the comparison's jobs; NOT_FOUND for a job not in it. */
    JobRecord job(BatchRecord batch, UUID jobId) {
        return batches.jobs(batch).stream()
                .filter(j -> j.id().equals(jobId))
                .findFirst()
                .orElseThrow(
                        () -> SetpointException.notFound("job", "comparison " + batch.id() + " has no job " + jobId));
    }

    /** The file of an output of the job; NOT_FOUND for a name it did not produce. */
    Path output(JobRecord job, String name) {
        return jobs.output(job, name);
    }

    /** Where the API serves an output of a comparison's job. */
    static String outputPath(BatchRecord batch, JobRecord job, String name) {
        return "/api/comparisons/" + batch.id() + "/jobs/" + job.id() + "/outputs/" + name;
    }
}
