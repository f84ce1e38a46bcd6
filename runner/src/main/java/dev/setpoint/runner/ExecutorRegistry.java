package dev.setpoint.runner;

import dev.setpoint.core.Problem;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.runner.builtin.BuiltinFunctions;
import dev.setpoint.runner.command.CommandExecutor;
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
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which executor runs a template, or why none can here: no {@code execution}, an unknown built-in,
 * a program that is not installed, a command template with bad placeholders. An HTTP backend is
 * always available: it being down is a failed run, not a property of this machine. Thread-safe.
 */
public final class ExecutorRegistry {

    private final Predicate<String> installed;
    private final CommandExecutor commands = new CommandExecutor();
    private final Map<String, Executor> http;

    /** Looks programs up on this process's PATH; HTTP backends get a client with a 10 s connect timeout. */
    public ExecutorRegistry() {
        this(
                ExecutorRegistry::onPath,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    /**
     * @param installed whether a program (a bare name such as {@code ffmpeg}) can be started
     * @param client the client HTTP executors send with
     */
    public ExecutorRegistry(Predicate<String> installed, HttpClient client) {
        this.installed = installed;
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
        Set<String> programs = new LinkedHashSet<>(command.requires());
        programs.add(command.argv().get(0));
        List<String> missing = programs.stream().filter(installed.negate()).toList();
        if (!missing.isEmpty()) {
            return new Availability.Unavailable("needs " + String.join(" and ", missing)
                    + (missing.size() == 1 ? ", which is not installed" : ", which are not installed"));
        }
        List<Problem> problems = CommandExecutor.problems(template);
        return problems.isEmpty()
                ? new Availability.Available(commands)
                : new Availability.Unavailable("the template's command is flawed: "
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
}
