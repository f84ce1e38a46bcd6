package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.apply.RequestOptions;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.cli.jobs.OnInterrupt;
import dev.setpoint.cli.presets.PresetFileWriter;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobFiles;
import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.jobs.StoredStudies;
import dev.setpoint.jobs.StudyService;
import dev.setpoint.jobs.StudySubmission;
import dev.setpoint.jobs.StudySummaries;
import dev.setpoint.store.Database;
import dev.setpoint.store.StudyRecord;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Studies without a server: run here, on the data directory's database through the jobs module's
 * study service, until they end; and those {@code setpoint tune} ran there, listed, shown, cancelled
 * and saved as preset files. Only studies of no user: a server's users' studies in the same database
 * stay theirs.
 */
final class LocalStudies {

    private final Context context;
    private final DataDirectory home;
    private final TemplateRegistry templates;

    LocalStudies(Context context, DataDirectory home, TemplateRegistry templates) {
        this.context = context;
        this.home = home;
        this.templates = templates;
    }

    /**
     * Runs a study that passed its checks here to its end, printing through {@code report}, and answers its last
     * document. Ctrl-C cancels it: it runs in this process, which is about to end.
     */
    // The handles are the resources: held while waiting, never referenced (javac's [try] lint).
    @SuppressWarnings("try")
    Value.Obj run(StudySubmission submission, RequestOptions.Selection selection, StudyReport report)
            throws InterruptedException {
        ExecutorLookup executors = ExecutorLookup.runner();
        // Refused before a database or a worker starts, as run refuses (stopping a starting worker is noisy).
        executors.executorFor(selection.template());
        try (Database database = home.open();
                Jobs jobs = Jobs.start(
                        database,
                        home.path(),
                        () -> templates,
                        executors,
                        RunEstimates.learningFrom(database.jobs(), executors),
                        JobsSettings.fromEnvironment(context.env()))) {
            StudyService studies = jobs.studies(new LocalTrialRequests(templates, selection.quality()));
            StudyRecord study = studies.submit(null, submission);
            report.started(StudyJson.encode(studies.get(study.id())));
            CountDownLatch ended = new CountDownLatch(1);
            try (OnInterrupt stop = OnInterrupt.run(() -> cancelOnExit(studies, study.id()));
                    AutoCloseable following = studies.follow(study.id(), changed -> {
                        report.progress(StudyJson.encode(changed));
                        if (changed.status() != StudyStatus.RUNNING) {
                            ended.countDown();
                        }
                    })) {
                ended.await();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not stop following study " + study.id(), e);
            }
            return StudyJson.encode(studies.get(study.id()));
        }
    }

    /** The studies of no user in the data directory, newest first, as {@code GET /api/studies} summarises them. */
    Value.Arr list(int limit) {
        if (!home.hasDatabase()) {
            return new Value.Arr(List.of());
        }
        try (Database database = home.open()) {
            return new Value.Arr(new StoredStudies(database)
                    .list(limit).stream()
                            .<Value>map(study -> StudySummaries.of(StudyJson.encode(study)))
                            .toList());
        }
    }

    /** One study, as {@code GET /api/studies/{id}} writes it; NOT_FOUND for an id that is none of them. */
    Value.Obj get(String id) {
        StudyDocument study = stored(id, StoredStudies::get);
        return StudyJson.encode(study);
    }

    /**
     * Cancels a study that a killed {@code tune} left running, with its unfinished trials, and removes
     * what their jobs wrote; CONFLICT for a study that has ended.
     */
    Value.Obj cancel(String id) {
        StudyDocument cancelled = stored(id, (studies, study) -> {
            studies.cancel(study).forEach(JobFiles.of(home.path())::remove);
            return studies.get(study);
        });
        return StudyJson.encode(cancelled);
    }

    /** Writes a trial's point (the best's by default) to a preset file, as {@code export} writes presets. */
    void savePreset(String id, String name, @Nullable Integer trial, boolean json) {
        StudyDocument study = stored(id, StoredStudies::get);
        ParameterPreset preset = StoredStudies.preset(study, name, trial);
        String file = ExportFormat.exportFileName(preset);
        PresetFileWriter.write(context, file, ExportFormat.export(preset));
        if (json) {
            context.printJson(PresetCodec.encode(preset));
        } else {
            context.println("wrote parameter preset \"" + name + "\" (trial "
                    + Json.write(preset.metadata().extra().get("trial")) + " of study " + id + ") to " + file);
        }
    }

    private <T> T stored(String id, BiFunction<StoredStudies, UUID, T> read) {
        UUID study = uuid(id);
        if (!home.hasDatabase()) {
            throw notFound(id);
        }
        try (Database database = home.open()) {
            return read.apply(new StoredStudies(database), study);
        }
    }

    private UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private SetpointException notFound(String id) {
        return SetpointException.notFound("id", "no study " + id + " in " + home.path());
    }

    private void cancelOnExit(StudyService studies, UUID id) {
        try {
            studies.cancel(id);
            context.err().println("\nsetpoint: study " + id + " cancelled");
        } catch (RuntimeException e) {
            // It ended meanwhile, or the database is already gone: nothing left to stop.
            context.err().println("\nsetpoint: study " + id + " could not be cancelled: " + e.getMessage());
        }
    }
}
