package dev.setpoint.cli.batches;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.BatchJson;
import dev.setpoint.jobs.BatchService;
import dev.setpoint.jobs.BatchSubmission;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobSubmission;
import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Batches without a server: items read here (built-in quality levels only, as stored presets live on
 * a server), submitted to the jobs module's batch service on the data directory's database and run
 * in this process until every item has ended.
 */
final class LocalBatches {

    private final Context context;
    private final DataDirectory home;
    private final TemplateRegistry templates;

    LocalBatches(Context context, DataDirectory home, TemplateRegistry templates) {
        this.context = context;
        this.home = home;
        this.templates = templates;
    }

    /** One item as {@code POST /api/jobs}'s body; its problems under {@code at}. */
    @Nullable
    JobSubmission item(String at, Value item, List<Problem> problems) {
        if (!(item instanceof Value.Obj body)) {
            problems.add(new Problem(at, "an item is an object: {\"template\", \"quality\", \"inputs\"}"));
            return null;
        }
        Map<String, Value> members = body.members();
        if (members.get("preset_ids") instanceof Value.Arr ids && !ids.items().isEmpty()) {
            problems.add(new Problem(
                    at + "/preset_ids", "stored parameter presets need a server (--server or $SETPOINT_SERVER)"));
            return null;
        }
        try {
            Template template = templates.resolve(text(members.get("template"), at + "/template"));
            ResolvedQuality quality = QualityCatalog.builtin().resolve(quality(members.get("quality"), at));
            Value.Obj inputs = members.get("inputs") instanceof Value.Obj o ? o : new Value.Obj(Map.of());
            String strategy = members.get("merge_strategy") instanceof Value.Str s ? s.value() : "union";
            return new JobSubmission(
                    new ApplyRequest(template, quality, List.of(), MergeStrategy.of(strategy), inputs.members()),
                    List.of(),
                    List.of(),
                    inputs);
        } catch (SetpointException e) {
            for (Problem problem : e.problems()) {
                problems.add(
                        problem.path().startsWith(at)
                                ? problem
                                : new Problem(at + "/" + lookupPath(problem.path()), problem.message()));
            }
            return null;
        }
    }

    /**
     * Submits the batch and runs it here; {@code onChange} gets its document at every change. Once
     * every item has ended, answers what {@code result} makes of the batch and its jobs.
     */
    // The following handle is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    Value.Obj run(
            BatchSubmission submission,
            Consumer<Value.Obj> onChange,
            BiFunction<BatchRecord, List<JobRecord>, Value.Obj> result)
            throws InterruptedException {
        ExecutorLookup executors = ExecutorLookup.runner();
        BatchService.check(submission, executors);
        try (Database database = home.open();
                Jobs jobs = Jobs.start(
                        database,
                        home.path(),
                        () -> templates,
                        executors,
                        RunEstimates.learningFrom(database.jobs(), executors),
                        JobsSettings.fromEnvironment(context.env()))) {
            BatchService batches = jobs.batches();
            BatchRecord batch = batches.submit(null, submission);
            CountDownLatch ended = new CountDownLatch(1);
            try (AutoCloseable following = batches.follow(batch, changed -> {
                onChange.accept(BatchJson.write(changed, batches.jobs(changed), jobs.service()::current));
                if (changed.ended()) {
                    ended.countDown();
                }
            })) {
                ended.await();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not stop following batch " + batch.id(), e);
            }
            BatchRecord last = batches.get(batch.id());
            return result.apply(last, batches.jobs(last));
        }
    }

    /** Where an offline job's output is: its file in the data directory. */
    String outputFile(String jobId, String name) {
        return home.path().resolve("jobs").resolve(jobId).resolve(name).toString();
    }

    private static String text(@Nullable Value value, String at) {
        if (!(value instanceof Value.Str s) || s.value().isBlank()) {
            throw SetpointException.invalid(at, "template is required: an id such as sd-image, or id@version");
        }
        return s.value();
    }

    private static String quality(@Nullable Value value, String at) {
        if (value == null || value instanceof Value.Null) {
            return "standard";
        }
        if (value instanceof Value.Str s) {
            return s.value();
        }
        throw SetpointException.invalid(
                Pointer.child(at, "quality"), "offline, a quality is a built-in level: draft, standard, high or ultra");
    }

    /** Core names an unknown template {@code template} and an unknown level {@code /quality}. */
    private static String lookupPath(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
