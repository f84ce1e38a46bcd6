package dev.setpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class HelpTextTest {

    /** How a line ends that goes on in the next one: a comma, an open bracket, a joining word, an ellipsis. */
    private static final Pattern MID_SENTENCE =
            Pattern.compile("([,;(\\[{-]|\\.\\.\\.\\}|\\b(and|or|the|a|an|of|to|with|for|by|in|on|as|than|else))$");

    @TempDir
    Path dir;

    /** Every command's name as typed after {@code setpoint}: {@code []}, {@code [export]}, {@code [jobs, list]}... */
    static Stream<List<String>> commands() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(new Context(nowhere, nowhere, Map.of(), Path.of(""))), List.of(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> longer = new ArrayList<>(path);
            longer.add(name);
            collect(sub, longer, paths);
        });
    }

    /**
     * Picocli prints each line of a description as a line of its own (and a command's first line alone
     * in its parent's list of commands), wrapping only what is wider than the terminal: rendered wide
     * enough not to wrap, every line of every help must end where a sentence, a list item or a heading
     * ends, not in the middle of one.
     */
    @ParameterizedTest(name = "setpoint {0} --help")
    @MethodSource("commands")
    void noLineOfHelpEndsMidSentence(List<String> command) {
        String help = command(command).setUsageHelpWidth(1000).getUsageMessage();

        assertThat(help.lines().map(String::stripTrailing).filter(line -> !line.isEmpty()))
                .as("the lines of setpoint %s --help", String.join(" ", command))
                .noneMatch(MID_SENTENCE.asPredicate());
    }

    @ParameterizedTest(name = "setpoint {0}")
    @MethodSource("commands")
    void everyCommandIsSummedUpInASentence(List<String> command) {
        String[] description = command(command).getCommandSpec().usageMessage().description();

        assertThat(description).as("the description of setpoint %s", command).isNotEmpty();
        assertThat(description[0]).as("the summary of setpoint %s", command).endsWith(".");
    }

    private CommandLine command(List<String> names) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        CommandLine line = Main.commandLine(new Context(nowhere, nowhere, Map.of(), dir));
        for (String name : names) {
            line = line.getSubcommands().get(name);
        }
        return line;
    }

    @Test
    void theExportCommandSaysWhatItDoesInOneLineOfTheCommandList() {
        String help = new Cli(dir).run("--help").succeeds().out();

        assertThat(help.lines().filter(line -> line.strip().startsWith("export ")))
                .singleElement()
                .satisfies(line -> assertThat(line.strip()).endsWith("."));
    }
}
