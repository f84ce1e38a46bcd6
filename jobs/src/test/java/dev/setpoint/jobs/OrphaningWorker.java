package dev.setpoint.jobs;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The child process of {@link OrphanedCommandTest}: the jobs feature with the runner's real
 * executors submits one command job, prints its id, and runs until it is killed.
 */
public final class OrphaningWorker {

    static final String JOB = "job ";

    /**
     * A shell that starts a ten-minute real-time ffmpeg encode into the run's directory and waits for
     * it, as a command with children does. Each process's files carry the shell's pid
     * ({@code ffmpeg-<pid>.pid} holds ffmpeg's own), so an attempt's files can be told apart. Nothing
     * is written to the pipes, which die with the server: the orphans run on as a quiet ffmpeg would.
     */
    static final Template ENCODE = TemplateLoader.parse("""
            id: long-encode
            version: 1.0.0
            name: Long encode
            category: audio_generation
            inputs:
              unused: {type: integer, default: 0}
            resources: {cpu: 1, memory: 0.25}
            base_execution_time: 600
            cost_per_second: 0
            execution:
              command:
                argv: [sh, -c, 'ffmpeg -hide_banner -nostdin -loglevel quiet -re -f lavfi -i sine=duration=600 "tone-$$.wav" & echo $! > "ffmpeg-$$.pid"; wait']
                timeout_seconds: 900
                requires: [ffmpeg]
            """);

    static final TemplateRegistry TEMPLATES = TemplateRegistry.of(List.of(ENCODE));

    private OrphaningWorker() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Database database = Database.open(Database.sqliteUrl(dataDir), Clock.systemUTC());
        Jobs jobs = Jobs.start(
                database,
                dataDir,
                () -> TEMPLATES,
                ExecutorLookup.runner(),
                JobEstimates.MULTIPLIERS,
                new JobsSettings(1, JobsSettings.DEFAULT_POLL));
        JobRecord job = jobs.service().submit(null, TestRuns.submission(ENCODE, "standard", "{}"));
        System.out.println(JOB + job.id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
