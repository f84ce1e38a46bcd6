package dev.setpoint.runner.command;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.InputType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a template's argument vector into the arguments of one run. The rules that keep a value
 * from changing what the program does (argument injection):
 * <ul>
 *   <li>the program (first argument) is literal, never a placeholder;</li>
 *   <li>a free-text ({@code string}) input fills a whole argument, never part of one, so it cannot
 *       extend a filter graph or an {@code --option=value};</li>
 *   <li>a free-text value starting with {@code -} is only accepted after a literal {@code --}
 *       argument (end of options), where the program reads it as text, never as an option;</li>
 *   <li>numbers, booleans and enum values (which the template's author chose) may appear anywhere.</li>
 * </ul>
 * An {@code omit_when} entry leaves out, for one value of an input, every argument of the command (not of its measurements) holding its
 * placeholder and the literal option right before each: a tool's option without a "none" value
 * (x264's {@code -tune}) can then be left at the tool's default.
 */
final class ArgumentVector {

    static final String OUTPUT_DIR = "output_dir";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final String END_OF_OPTIONS = "--";
    private static final String ARGV = Pointer.of("execution", "command", "argv");

    private ArgumentVector() {}

    /**
     * Problems of the template itself, whatever the values: they make it unavailable. Covers the
     * argument vectors of its measurements as well as its own.
     */
    static List<Problem> problems(Template template, Execution.Command command) {
        List<Problem> problems = new ArrayList<>(problems(template, command.argv(), ARGV));
        for (int i = 0; i < command.measure().size(); i++) {
            problems.addAll(problems(
                    template,
                    command.measure().get(i).argv(),
                    Pointer.of("execution", "command", "measure", Integer.toString(i), "argv")));
        }
        checkProgress(template, command, problems);
        checkOmissions(template, command, problems);
        return problems;
    }

    /** Each omission names an input the argument vector places, with a value that input accepts. */
    private static void checkOmissions(Template template, Execution.Command command, List<Problem> problems) {
        command.omitWhen().forEach((name, value) -> {
            String at = Pointer.of("execution", "command", "omit_when", name);
            InputSpec input = template.inputs().get(name);
            if (input == null || command.argv().stream().noneMatch(a -> names(a).contains(name))) {
                problems.add(new Problem(at, "names no input placed in argv: {" + name + "} is in no argument"));
            } else if (!input.check(value).isEmpty()) {
                problems.add(new Problem(at, "input " + name + " does not accept " + Json.write(value)));
            }
        });
    }

    private static List<Problem> problems(Template template, List<String> argv, String at) {
        List<Problem> problems = new ArrayList<>();
        if (PLACEHOLDER.matcher(argv.get(0)).find()) {
            problems.add(new Problem(Pointer.child(at, "0"), "the program must be literal, not " + argv.get(0)));
        }
        for (int i = 0; i < argv.size(); i++) {
            String argumentAt = Pointer.child(at, Integer.toString(i));
            checkPlaceholders(template, argv.get(i), argumentAt, problems);
            for (String name : names(argv.get(i))) {
                InputSpec input = template.inputs().get(name);
                if (input != null
                        && input.type() == InputType.STRING
                        && !argv.get(i).equals("{" + name + "}")) {
                    problems.add(new Problem(
                            argumentAt,
                            "the text input {" + name + "} must fill a whole argument," + " not part of " + argv.get(i)
                                    + " (an enum or a number may be embedded)"));
                }
            }
        }
        return problems;
    }

    /**
     * The arguments for these checked values.
     *
     * @throws SetpointException {@code INVALID} naming every value that cannot be an argument
     */
    static List<String> arguments(
            Template template, Execution.Command command, Map<String, Value> values, Path workDir) {
        SetpointException.throwIfAny(problems(template, command));
        return arguments(template, kept(command, values), values, workDir);
    }

    /**
     * The command's own {@code argv} (its measurements always pass every argument) without what its {@code omit_when} leaves out for these values: each
     * argument holding an omitted input's placeholder, and the literal option right before it.
     */
    private static List<String> kept(Execution.Command command, Map<String, Value> values) {
        List<String> argv = command.argv();
        List<String> kept = new ArrayList<>(argv);
        for (int i = argv.size() - 1; i > 0; i--) {
            if (omitted(command, argv.get(i), values)) {
                kept.remove(i);
                if (isLiteralOption(argv.get(i - 1))) {
                    kept.remove(--i);
                }
            }
        }
        return kept;
    }

    private static boolean omitted(Execution.Command command, String argument, Map<String, Value> values) {
        return names(argument).stream()
                .anyMatch(name -> command.omitWhen().containsKey(name)
                        && command.omitWhen().get(name).equals(values.get(name)));
    }

    private static boolean isLiteralOption(String argument) {
        return argument.startsWith("-") && names(argument).isEmpty();
    }

    /**
     * The arguments of a measurement of a template whose {@link #problems} are none, for these values.
     *
     * @throws SetpointException {@code INVALID} naming every value that cannot be an argument
     */
    static List<String> arguments(Template template, List<String> argv, Map<String, Value> values, Path workDir) {
        List<Problem> problems = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        boolean afterEndOfOptions = false;
        for (String argument : argv) {
            String filled = fill(argument, template, values, workDir, afterEndOfOptions, problems);
            afterEndOfOptions |= argument.equals(END_OF_OPTIONS);
            arguments.add(filled);
        }
        SetpointException.throwIfAny(problems);
        return arguments;
    }

    /** {@code text} with its placeholders replaced; problems are collected, not thrown. */
    static String fill(
            String text,
            Template template,
            Map<String, Value> values,
            Path workDir,
            boolean afterEndOfOptions,
            List<Problem> problems) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = name.equals(OUTPUT_DIR)
                    ? workDir.toAbsolutePath().normalize().toString()
                    : render(template.inputs().get(name), values.get(name), afterEndOfOptions, problems);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String render(
            InputSpec input, @Nullable Value value, boolean afterEndOfOptions, List<Problem> problems) {
        String at = Pointer.of("parameters", input.name());
        if (value == null) {
            problems.add(new Problem(at, "{" + input.name() + "} has no value and the input no default"));
            return "";
        }
        String text = text(value);
        if (text == null) {
            problems.add(new Problem(at, "a " + value.typeName() + " cannot be placed in an argument"));
            return "";
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new Problem(at, "contains a NUL character, which no argument can hold"));
        }
        if (input.type() == InputType.STRING && text.startsWith("-") && !afterEndOfOptions) {
            problems.add(new Problem(
                    at,
                    "starts with '-', so the program would read it as an option;" + " this template does not pass {"
                            + input.name() + "} after '--'"));
        }
        return text;
    }

    /** Numbers in plain notation without trailing zeros, booleans as true/false; null for other types. */
    static @Nullable String text(Value value) {
        if (value instanceof Value.Num n) {
            return n.value().stripTrailingZeros().toPlainString();
        }
        if (value instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof Value.Str s) {
            return s.value();
        }
        return null;
    }

    static void checkPlaceholders(Template template, String text, String at, List<Problem> problems) {
        for (String name : names(text)) {
            if (!name.equals(OUTPUT_DIR) && !template.inputs().containsKey(name)) {
                problems.add(new Problem(
                        at,
                        "unknown placeholder {" + name + "}; known are {" + OUTPUT_DIR + "}"
                                + template.inputs().keySet().stream()
                                        .map(n -> ", {" + n + "}")
                                        .reduce("", String::concat)));
            }
        }
    }

    private static void checkProgress(Template template, Execution.Command command, List<Problem> problems) {
        if (command.progress() == null) {
            return;
        }
        String at = Pointer.of("execution", "command", "progress");
        try {
            Pattern.compile(command.progress());
            List<String> groups = ProgressPattern.groupNames(command.progress());
            boolean counts = groups.contains("done");
            if (!groups.contains("percent") && !counts) {
                problems.add(new Problem(at, "needs a group (?<percent>...) or (?<done>...)"));
            }
            if (counts && !groups.contains("total") && command.progressTotal() == null) {
                problems.add(new Problem(at, "has (?<done>...) but no (?<total>...) and there is no progress_total"));
            }
        } catch (PatternSyntaxException e) {
            problems.add(new Problem(at, "not a regular expression: " + e.getDescription()));
        }
        if (command.progressTotal() != null) {
            checkPlaceholders(
                    template, command.progressTotal(), Pointer.of("execution", "command", "progress_total"), problems);
        }
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
