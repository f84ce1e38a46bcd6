package dev.setpoint.runner;

import dev.setpoint.core.Problem;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.runner.builtin.BuiltinFunctions;
import dev.setpoint.runner.command.CommandExecutor;
import dev.setpoint.runner.command.EngineExecutor;
import dev.setpoint.runner.http.A1111Executor;
import dev.setpoint.runner.http.OpenAiChatExecutor;
import java.io.File;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which executor runs a template, or why none can here: no {@code execution}, an unknown built-in,
 * a program that is not installed, a command template with bad placeholders, an engine whose Python
 * module cannot be imported. An HTTP backend is always available: it being down is a failed run, not
 * a property of this machine. Thread-safe.
 */
public final class ExecutorRegistry {

    private final Predicate<String> installed;
    private final Predicate<String> importable;
    private final CommandExecutor commands = new CommandExecutor();
    private final EngineExecutor engines = new EngineExecutor();
    private final Map<String, Executor> http;

    /**
     * Looks programs up on this process's PATH and asks python3 for engines' modules; HTTP backends
     * get a client with a 10 s connect timeout.
     */
    public ExecutorRegistry() {
        this(
                ExecutorRegistry::onPath,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /**
     * Asks python3 whether an engine's module can be imported, once per module.
     *
     * @param installed whether a program (a bare name such as {@code ffmpeg}) can be started
     * @param client the client HTTP executors send with
     */
    public ExecutorRegistry(Predicate<String> installed, HttpClient client) {
        this(installed, new PythonModules()::importable, client);
    }

    /**
     * @param importable whether python3 can import a module (such as {@code sglang})
     */
    public ExecutorRegistry(Predicate<String> installed, Predicate<String> importable, HttpClient client) {
        this.installed = installed;
        this.importable = importable;
        this.http = Map.of("a1111_txt2img", new A1111Executor(client), "openai_chat", new OpenAiChatExecutor(client));
    }

    public Availability availability(Template template) {
        Execution execution = template.execution();
        if (execution == null) {
            return new Availability.Unavailable("this template declares no way to run");
        }
        if (execution instanceof Execution.Builtin builtin) {
            return BuiltinFunctions.named(builtin.function())
                    .<Availability>map(Availability.Available::new)
                    .orElseGet(() -> new Availability.Unavailable(
                            "this Setpoint has no built-in function '" + builtin.function() + "'"));
        }
        if (execution instanceof Execution.Command command) {
            return command(template, command);
        }
        if (execution instanceof Execution.Engine engine) {
            return engine(engine);
        }
        Execution.Http backend = (Execution.Http) execution;
        Executor executor = http.get(backend.api());
        return executor == null
                ? new Availability.Unavailable("this Setpoint does not speak the HTTP API '" + backend.api() + "'")
                : new Availability.Available(executor);
    }

    /** Whether {@code program} is an executable file in one of the PATH's directories (or a path to one). */
    public static boolean onPath(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private Availability command(Template template, Execution.Command command) {
        Optional<Availability> missing =
                missing(command.requires(), command.argv().get(0));
        if (missing.isPresent()) {
            return missing.get();
        }
        List<Problem> problems = CommandExecutor.problems(template);
        return problems.isEmpty()
                ? new Availability.Available(commands)
                : new Availability.Unavailable("the template's command is flawed: "
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }

    private Availability engine(Execution.Engine engine) {
        Optional<Availability> missing =
                missing(engine.requires(), engine.launch().get(0));
        if (missing.isPresent()) {
            return missing.get();
        }
        String module = engine.pythonModule();
        return module == null || importable.test(module)
                ? new Availability.Available(engines)
                : new Availability.Unavailable(
                        "needs the Python module " + module + ", which python3 cannot import here");
    }

    /** Unavailable naming the programs that are not installed, of {@code requires} and {@code program}. */
    private Optional<Availability> missing(List<String> requires, String program) {
        Set<String> programs = new LinkedHashSet<>(requires);
        programs.add(program);
        List<String> missing = programs.stream().filter(installed.negate()).toList();
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of(new Availability.Unavailable("needs " + String.join(" and ", missing)
                        + (missing.size() == 1 ? ", which is not installed" : ", which are not installed")));
    }
}
