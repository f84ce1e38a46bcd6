package dev.setpoint.cli.jobs;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.cli.serve.StartFailures;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.JobEvent;
import dev.setpoint.jobs.JobEvents;
import dev.setpoint.jobs.JobService;
import dev.setpoint.store.JobRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A job on the command line, as {@code run} and {@code jobs show} print it: followed to its end with a
 * progress bar on stderr, then its id, status, times and where its outputs are (or the job's JSON).
 */
public final class JobReport {

    private final Context context;
    private final boolean json;
    private final @Nullable String outputDir;

    /** @param outputDir {@code --output-dir}: where to save the outputs, or null */
    public JobReport(Context context, boolean json, @Nullable String outputDir) {
        this.context = context;
        this.json = json;
        this.outputDir = outputDir;
    }

    private ProgressBar bar() {
        return new ProgressBar(context.err(), System.console() != null);
    }

    /**
     * Follows a server's job until it ends, then reads it again. Ctrl-C, or a lost connection, stops
     * only the waiting: the job goes on, and the message says how to follow or stop it.
     */
    // The interrupt hook is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    public Value follow(Server remote, String id) {
        ProgressBar bar = bar();
        String goesOn = "job " + id + " goes on running on the server ('setpoint jobs show " + id
                + " --wait' follows it again, 'setpoint jobs cancel " + id + "' stops it)";
        try (OnInterrupt stopped =
                OnInterrupt.run(() -> context.err().println("\nsetpoint: stopped waiting; " + goesOn))) {
            remote.stream("/api/jobs/" + id + "/events", line -> {
                if (line.startsWith("data:")) {
                    Value event = Json.parse(line.substring("data:".length()));
                    Value eta = ServerJson.member(event, "eta_seconds");
                    bar.show(
                            ServerJson.text(event, "stage"),
                            ServerJson.number(event, "percent"),
                            eta instanceof Value.Num n ? n.doubleValue() : null);
                }
            });
        } catch (CommandFailure e) {
            throw new CommandFailure(e.exitCode(), e.getMessage() + "; " + goesOn, e);
        }
        bar.end();
        return remote.get("/api/jobs/" + id).body();
    }

    /** Follows a job that runs in this process until it ends, then reads it again. */
    // The subscription is the resource: it is held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    public JobRecord follow(JobService service, JobRecord job) {
        ProgressBar bar = bar();
        CompletableFuture<JobEvent> last = new CompletableFuture<>();
        try (JobEvents.Following following = service.follow(job, event -> {
            bar.show(event.stage(), event.fraction() * 100, event.etaSeconds());
            if (event.last()) {
                last.complete(event);
            }
        })) {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(ExitCodes.IO, "interrupted while waiting for job " + job.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        bar.end();
        return service.get(job.id());
    }

    /** A server's finished job: its outputs as URLs, or downloaded into {@code --output-dir}. */
    public int remote(Server remote, Value job) {
        return finished(job, MetricUnits.of(remote), url -> remote.url() + url, remote::download);
    }

    /**
     * A finished job run without a server: its outputs as files in the data directory's
     * {@code jobs/<id>/}; {@code templates} declare its metrics' units.
     */
    public int local(Path dataDir, TemplateRegistry templates, Value job) {
        Path directory = dataDir.resolve("jobs").resolve(ServerJson.text(job, "id"));
        Function<String, Path> file = url -> directory.resolve(url.substring(url.lastIndexOf('/') + 1));
        return finished(
                job,
                MetricUnits.of(templates),
                url -> file.apply(url).toString(),
                (url, to) -> copy(file.apply(url), to));
    }

    /**
     * Prints the finished job; {@code location} turns an output's API path into where it can be
     * fetched, {@code save} copies it into {@code --output-dir}; its metrics follow the outputs. A job
     * that did not succeed exits non-zero with its error on one line.
     */
    int finished(Value job, MetricUnits units, Function<String, String> location, BiConsumer<String, Path> save) {
        String id = ServerJson.text(job, "id");
        String status = ServerJson.text(job, "status");
        Path saveTo = outputDir == null ? null : context.resolve(outputDir);
        if (saveTo != null) {
            createDirectories(saveTo);
        }
        StringBuilder text = new StringBuilder(summary(job));
        List<Value> outputs = ServerJson.items(ServerJson.member(job, "outputs"));
        if (saveTo != null) {
            outputs.forEach(item -> fileIn(saveTo, ServerJson.text(item, "name"), id));
        }
        for (Value item : outputs) {
            String url = ServerJson.text(item, "url");
            String name = ServerJson.text(item, "name");
            String where = location.apply(url);
            if (saveTo != null) {
                Path file = fileIn(saveTo, name, id);
                try {
                    save.accept(url, file);
                } catch (CommandFailure e) {
                    // The job itself ran; say how it ended, since nothing else will be printed.
                    throw new CommandFailure(e.exitCode(), "job " + id + " " + status + ", but " + e.getMessage(), e);
                }
                where = file.toString();
            }
            text.append("\n  ")
                    .append(name)
                    .append("  ")
                    .append(ServerJson.text(item, "media_type"))
                    .append("  ")
                    .append(ServerJson.integer(item, "bytes"))
                    .append(" bytes  ")
                    .append(where);
        }
        String metrics = MetricText.of(job, units);
        if (!metrics.equals(MetricText.NONE)) {
            text.append("\n  metrics: ").append(metrics);
        }
        print(job, text.toString());
        if (!status.equals("succeeded")) {
            Value error = ServerJson.member(job, "error");
            throw new CommandFailure(
                    ExitCodes.JOB_FAILED,
                    "job " + id + " " + status + (error instanceof Value.Str s ? ": " + s.value() : ""));
        }
        return ExitCodes.OK;
    }

    /**
     * Where output {@code name} is saved: in {@code directory}, under a plain file name. The server
     * names the outputs; a name with a directory in it (../.bashrc) is refused before anything is
     * written, wherever it came from.
     */
    private static Path fileIn(Path directory, String name, String job) {
        Path file = directory.resolve(name).normalize();
        boolean plain = !name.isEmpty()
                && !name.contains("/")
                && !name.contains("\\")
                && directory.normalize().equals(file.getParent());
        if (!plain) {
            throw new CommandFailure(
                    ExitCodes.IO,
                    "job " + job + ": the server named an output '" + name
                            + "', which is not a file name; nothing was saved");
        }
        return file;
    }

    /** A job that has not ended: its status and estimate. */
    int unfinished(Value job) {
        print(job, summary(job));
        return ExitCodes.OK;
    }

    /** {@code job <id> <status> [in <run> s] (estimate <s> s)}, times to three significant digits. */
    private static String summary(Value job) {
        StringBuilder text =
                new StringBuilder("job " + ServerJson.text(job, "id") + " " + ServerJson.text(job, "status"));
        Value runSeconds = ServerJson.member(job, "run_seconds");
        if (runSeconds instanceof Value.Num n) {
            text.append(" in ").append(Decimals.significant(n.doubleValue(), 3)).append(" s");
        }
        return text.append(" (estimate ")
                .append(Decimals.significant(ServerJson.number(job, "estimate"), 3))
                .append(" s)")
                .toString();
    }

    private void print(Value job, String text) {
        if (json) {
            context.printJson(job);
        } else {
            context.println(text);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.IO, "cannot write " + to + ": " + StartFailures.reason(e), e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CommandFailure(ExitCodes.IO, "cannot create " + directory + ": " + StartFailures.reason(e), e);
        }
    }
}
