package dev.setpoint.core.template;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a template runs: a function built into Setpoint, a command line, an HTTP backend, or an
 * inference engine started for the run and measured under load. A template without one can be
 * resolved and estimated but not run.
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
     * @param stage what the run is doing, for people, built from its output lines; {@code null} for
     *     the plain "running"
     * @param measure programs run after a successful run whose output gives the run's metrics
     */
    record Command(
            List<String> argv,
            List<String> outputs,
            @Nullable String progress,
            Duration timeout,
            List<String> requires,
            @Nullable String progressTotal,
            @Nullable Stage stage,
            List<Measure> measure)
            implements Execution {
        public Command {
            argv = List.copyOf(argv);
            outputs = List.copyOf(outputs);
            requires = List.copyOf(requires);
            measure = List.copyOf(measure);
            Objects.requireNonNull(timeout, "timeout");
        }

        /** A command whose progress pattern, if any, reports its own total, that measures nothing. */
        public Command(
                List<String> argv,
                List<String> outputs,
                @Nullable String progress,
                Duration timeout,
                List<String> requires) {
            this(argv, outputs, progress, timeout, requires, null, null, List.of());
        }
    }

    /**
     * A number read from a program's output lines: the group {@code value} of the first line the
     * regular expression finds, times {@code scale} (to turn bit/s into kbit/s, say).
     */
    record Capture(String pattern, double scale) {
        public Capture {
            Objects.requireNonNull(pattern, "pattern");
            if (!(scale > 0) || !Double.isFinite(scale)) {
                throw new IllegalArgumentException("scale must be a finite number above 0, not " + scale);
            }
        }
    }

    /**
     * The stage a command's run shows while it runs, such as "encoding, frame 120 of 240".
     *
     * @param text with placeholders: {@code {name}} of a value below or of an input, or a product of
     *     them such as {@code {fps*duration_seconds}}
     * @param values name to the number the latest matching output line holds
     */
    record Stage(String text, Map<String, Capture> values) {
        public Stage {
            Objects.requireNonNull(text, "text");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * A program run after the command succeeded, in the run's directory, under the same rules as the
     * command's own argument vector; its output lines give metrics. A measurement that fails leaves
     * its metrics out: it never fails the run.
     *
     * @param metrics declared metric name to where its number is in the output
     */
    record Measure(List<String> argv, Map<String, Capture> metrics, Duration timeout) {
        public Measure {
            argv = List.copyOf(argv);
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            Objects.requireNonNull(timeout, "timeout");
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

    /**
     * An inference engine server started for each run from an argument vector built from the inputs,
     * then measured under a fixed OpenAI-compatible streaming load and stopped with everything it
     * started. The load comes from the inputs {@code model}, {@code concurrency}, {@code requests},
     * {@code prompt_tokens} and {@code output_tokens}.
     *
     * @param launch the engine's executable part of the argument vector, such as {@code [python3, -m,
     *     sglang.launch_server]}; the runner adds {@code --host}, {@code --port} and the flags
     * @param requires programs that must be on the PATH for the template to be available
     * @param pythonModule a module {@code python3} must be able to import for the template to be
     *     available, or {@code null}
     * @param flags input name to the engine's flag: a value follows its flag; a boolean input adds its
     *     flag when true and nothing when false; an input without a value adds nothing
     * @param falseFlags boolean input name to the arguments it adds when false (such as {@code
     *     --no-enable-prefix-caching}), after every other flag
     * @param seedNames a parameter name as the seed's presets spell it (SGLang's) to the input that
     *     means the same here, such as {@code tp-size} to {@code tensor-parallel-size}
     * @param noEquivalent a seed parameter name this engine has nothing like, to why, in plain words
     * @param health the path answering 200 once the engine serves
     * @param startupTimeout how long the engine may take to become healthy
     * @param timeout how long the load may take once it is
     */
    record Engine(
            List<String> launch,
            List<String> requires,
            @Nullable String pythonModule,
            Map<String, String> flags,
            Map<String, List<String>> falseFlags,
            Map<String, String> seedNames,
            Map<String, String> noEquivalent,
            String health,
            Duration startupTimeout,
            Duration timeout)
            implements Execution {
        public Engine {
            launch = List.copyOf(launch);
            requires = List.copyOf(requires);
            flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
            Map<String, List<String>> copied = new LinkedHashMap<>();
            falseFlags.forEach((name, args) -> copied.put(name, List.copyOf(args)));
            falseFlags = Collections.unmodifiableMap(copied);
            seedNames = Collections.unmodifiableMap(new LinkedHashMap<>(seedNames));
            noEquivalent = Collections.unmodifiableMap(new LinkedHashMap<>(noEquivalent));
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** The same engine started by another executable (a test's fake engine), everything else kept. */
        public Engine withLaunch(List<String> otherLaunch) {
            return new Engine(
                    otherLaunch,
                    requires,
                    pythonModule,
                    flags,
                    falseFlags,
                    seedNames,
                    noEquivalent,
                    health,
                    startupTimeout,
                    timeout);
        }
    }
}
