package dev.setpoint.server.batches;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.jobs.ItemPointers;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
import dev.setpoint.store.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a batch's items the way {@code POST /api/jobs} reads one job, each into a job submission.
 * Every item is read before any is submitted, and every problem of every item is reported at once
 * under its item's pointer, so a batch with one bad item queues nothing.
 */
@Component
class BatchRequests {

    /**
     * @param name shown in lists; optional
     * @param items one job each, as the body of {@code POST /api/jobs}
     */
    record BatchBody(@Nullable String name, @Nullable List<@Nullable ApplyBody> items) {}

    private final ApplyRequests requests;
    private final Resolver resolver = new Resolver();

    BatchRequests(ApplyRequests requests) {
        this.requests = requests;
    }

    /** The items as submissions, in order; INVALID with every item's problems when any is wrong. */
    List<JobSubmission> items(Viewer viewer, @Nullable List<@Nullable ApplyBody> items) {
        if (items == null || items.isEmpty()) {
            throw SetpointException.invalid("/items", "a batch needs at least one item");
        }
        List<Problem> problems = new ArrayList<>();
        List<JobSubmission> submissions = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = Pointer.of("items", String.valueOf(i));
            ApplyBody item = items.get(i);
            if (item == null) {
                problems.add(new Problem(at, "an item is an object: {\"template\", \"quality\", \"inputs\"}"));
                continue;
            }
            try {
                submissions.add(requests.submission(viewer, item));
                pointers.add(at);
            } catch (SetpointException e) {
                problems.addAll(ItemProblems.under(at, e));
            }
        }
        if (!problems.isEmpty()) {
            problems.addAll(resolutionProblems(submissions, pointers));
            throw SetpointException.invalid(problems);
        }
        return submissions;
    }

    /**
     * What resolving the items that were read would report. The batch service resolves every item
     * when it is submitted; this is only asked when the batch already fails, so that the answer lists
     * the other items' problems too, not only those found first.
     */
    private List<Problem> resolutionProblems(List<JobSubmission> submissions, List<String> pointers) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            ApplyRequest request = submissions.get(i).request();
            try {
                resolver.apply(request);
            } catch (SetpointException e) {
                for (Problem problem : e.problems()) {
                    problems.add(ItemPointers.of(pointers.get(i), request.template(), problem));
                }
            }
        }
        return problems;
    }
}
