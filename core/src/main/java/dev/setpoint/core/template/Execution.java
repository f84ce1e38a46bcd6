package dev.setpoint.core.template;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a template runs: a function built into Setpoint, a command line, or an HTTP backend. A
 * template without one can be resolved and estimated but not run.
 */
public sealed interface Execution {

    /** A plain-Java reference function shipped with Setpoint, by name (image, video, audio, text, noop). */
    record Builtin(String function) implements Execution {
        public Builtin {
            Objects.requireNonNull(function, "function");
        }
    }

    /**
     * A program started from an argument vector, never through a shell. {@code {name}} in an argument is
     * replaced by the resolved parameter of that name, {@code {output_dir}} by the job's directory.
     *
     * @param outputs file names the run writes into its directory
     * @param progress a regular expression over output lines whose group {@code percent} (0-100), or
     *     groups {@code done} and {@code total}, report progress; {@code null} for none
     * @param requires programs that must be on the PATH for the template to be available
     * @param progressTotal the total that {@code done} counts towards when the program never prints
     *     one, with placeholders (for example {@code {frames}}); {@code null} when the pattern has its
     *     own {@code total}
     */
    record Command(
            List<String> argv,
            List<String> outputs,
            @Nullable String progress,
            Duration timeout,
            List<String> requires,
            @Nullable String progressTotal)
            implements Execution {
        public Command {
            argv = List.copyOf(argv);
            outputs = List.copyOf(outputs);
            requires = List.copyOf(requires);
            Objects.requireNonNull(timeout, "timeout");
        }

        /** A command whose progress pattern, if any, reports its own total. */
        public Command(
                List<String> argv,
                List<String> outputs,
                @Nullable String progress,
                Duration timeout,
                List<String> requires) {
            this(argv, outputs, progress, timeout, requires, null);
        }
    }

    /**
     * A backend the user already runs, reached over HTTP.
     *
     * @param api the request and response shape: {@code a1111_txt2img} or {@code openai_chat}
     * @param fields Setpoint parameter name to the backend's field name
     */
    record Http(String api, URI url, Map<String, String> fields, Duration timeout) implements Execution {
        public Http {
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(url, "url");
            fields = Map.copyOf(fields);
            Objects.requireNonNull(timeout, "timeout");
        }
    }
}
