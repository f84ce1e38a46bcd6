package dev.setpoint.cli;

import dev.setpoint.cli.apply.ApplyCommand;
import dev.setpoint.cli.apply.CheckCommand;
import dev.setpoint.cli.apply.EstimateCommand;
import dev.setpoint.cli.apply.RunCommand;
import dev.setpoint.cli.batches.BatchCommand;
import dev.setpoint.cli.batches.CompareCommand;
import dev.setpoint.cli.jobs.JobsCommand;
import dev.setpoint.cli.presets.ExportCommand;
import dev.setpoint.cli.presets.ImportCommand;
import dev.setpoint.cli.presets.MergeCommand;
import dev.setpoint.cli.presets.PresetsCommand;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.serve.ServeCommand;
import dev.setpoint.cli.studies.StudiesCommand;
import dev.setpoint.cli.studies.TuneCommand;
import dev.setpoint.cli.templates.TemplatesCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code setpoint} command. */
@Command(
        name = "setpoint",
        mixinStandardHelpOptions = true,
        version = "setpoint 0.1.0",
        description = {
            "Quality levels and parameter presets for generative and inference workloads.",
            "--server, --token and --data-dir may come before the command as well as after it."
        },
        subcommands = {
            PresetsCommand.class,
            MergeCommand.class,
            ApplyCommand.class,
            CheckCommand.class,
            EstimateCommand.class,
            RunCommand.class,
            BatchCommand.class,
            CompareCommand.class,
            JobsCommand.class,
            TuneCommand.class,
            StudiesCommand.class,
            TemplatesCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            ServeCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:a file is missing or unreadable; a server or the database cannot be reached, is busy or has no disk space left",
            "2:usage error",
            "3:invalid input",
            "4:not found",
            "5:incompatible",
            "6:too large",
            "7:conflict",
            "8:forbidden",
            "9:stale revision (against a server)",
            "10:not authenticated (against a server)",
            "11:a run failed: the job failed or was cancelled (run, jobs show), a study ended without a successful "
                    + "trial (tune), or a tool or backend failed",
            "70:internal error"
        })
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // Options that may come before the command's name as well as after it (see ContextFactory).
    @Mixin
    ServerOption server;

    @Mixin
    DataDirOption dataDir;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Context context = new Context(out, err, System.getenv(), Path.of(""));
        LibraryLogs.offUnlessDebug(context);
        System.exit(run(args, context));
    }

    /** Runs {@code setpoint} with the process's environment and working directory. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, new Context(out, err, System.getenv(), Path.of("")));
    }

    /** Runs {@code setpoint} in {@code context} and returns its exit code; never exits the JVM. */
    public static int run(String[] args, Context context) {
        ErrorReporter reporter = new ErrorReporter(context);
        CommandLine commandLine = commandLine(context)
                .setOut(new PrintWriter(context.out(), true))
                .setErr(new PrintWriter(context.err(), true))
                .setExecutionExceptionHandler(reporter)
                .setParameterExceptionHandler(reporter);
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** The command tree, its commands made for {@code context}. */
    static CommandLine commandLine(Context context) {
        return new CommandLine(new Main(), new ContextFactory(context));
    }

    /** {@code setpoint} alone names no command: show what there is. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    /**
     * Gives commands the {@link Context} through a constructor that takes one, and the global options
     * one instance each for the whole command line: {@code setpoint} and each command that takes one
     * share it, so {@code setpoint --server URL estimate} and {@code setpoint estimate --server URL}
     * set the same value.
     */
    private static final class ContextFactory implements CommandLine.IFactory {

        private static final Set<Class<?>> GLOBAL = Set.of(ServerOption.class, DataDirOption.class);

        private final Context context;
        private final Map<Class<?>, Object> shared = new HashMap<>();

        ContextFactory(Context context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (GLOBAL.contains(type)) {
                if (!shared.containsKey(type)) {
                    shared.put(type, CommandLine.defaultFactory().create(type));
                }
                return type.cast(shared.get(type));
            }
            try {
                return type.getConstructor(Context.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
