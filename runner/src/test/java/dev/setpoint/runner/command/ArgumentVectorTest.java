package dev.setpoint.runner.command;

import static dev.setpoint.runner.TestTemplates.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Parameters;
import dev.setpoint.runner.RunSpec;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentVectorTest {

    static final String INPUTS = """
            text: {type: string, default: hello, max_length: 100}
            crf: {type: integer, default: 23, min: 0, max: 51}
            scale: {type: number, default: 1.5}
            loud: {type: boolean, default: false}
            codec: {type: enum, values: [x264, x265], default: x264}
            tags: {type: array, items: string, default: []}
            """;

    static final Path DIR = Path.of("/runs/job-1");

    @Test
    void fillsPlaceholdersWithPlainNumbersBooleansStringsAndTheRunDirectory() {
        Template t = template(INPUTS, """
                command: {argv: [tool, "-crf", "{crf}", "scale={scale}:{codec}", "{loud}", "{output_dir}/out.mp4",
                          "--", "{text}"], timeout_seconds: 5}
                """);

        List<String> argv = arguments(
                t,
                Map.of(
                        "crf",
                        new Value.Num(new BigDecimal("2.0E+1")),
                        "scale",
                        new Value.Num(new BigDecimal("0.50")),
                        "loud",
                        Value.TRUE,
                        "text",
                        Value.of("a b")));

        assertThat(argv)
                .containsExactly("tool", "-crf", "20", "scale=0.5:x264", "true", "/runs/job-1/out.mp4", "--", "a b");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingIt() {
        Template t = template(INPUTS, "command: {argv: [tool, \"{crf}\", \"{quality}\"], timeout_seconds: 5}");

        List<Problem> problems = ArgumentVector.problems(t, (Execution.Command) t.execution());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/execution/command/argv/2");
            assertThat(p.message()).contains("unknown placeholder {quality}").contains("{crf}");
        });
    }

    @Test
    void valuesAreCheckedAgainstTheInputsBeforeTheyReachAnArgument() {
        Template t = template(INPUTS, "command: {argv: [tool, \"{crf}\", \"{codec}\"], timeout_seconds: 5}");

        SetpointException e = catchThrowableOfType(
                SetpointException.class,
                () -> arguments(t, Map.of("crf", Value.of(99), "codec", Value.of("x264 -i /etc/passwd"))));

        assertThat(e.problems()).extracting(Problem::path).containsExactly("/parameters/crf", "/parameters/codec");
        assertThat(e.problems().get(0).message()).contains("above the maximum 51");
    }

    @Test
    void aTextValueStartingWithADashIsRejectedUnlessItComesAfterEndOfOptions() {
        Template beforeDashes = template(INPUTS, "command: {argv: [espeak-ng, \"{text}\"], timeout_seconds: 5}");
        Template afterDashes = template(INPUTS, "command: {argv: [espeak-ng, --, \"{text}\"], timeout_seconds: 5}");
        Map<String, Value> injection = Map.of("text", Value.of("-w /etc/passwd"));

        SetpointException e = catchThrowableOfType(SetpointException.class, () -> arguments(beforeDashes, injection));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/parameters/text");
            assertThat(p.message()).contains("starts with '-'").contains("option");
        });
        assertThat(arguments(afterDashes, injection)).containsExactly("espeak-ng", "--", "-w /etc/passwd");
    }

    @Test
    void aTextInputMustFillAWholeArgumentSoItCannotExtendAFilterGraph() {
        Template t = template(INPUTS, "command: {argv: [ffmpeg, -vf, \"drawtext=text={text}\"], timeout_seconds: 5}");

        List<Problem> problems = ArgumentVector.problems(t, (Execution.Command) t.execution());

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("{text} must fill a whole argument"));
    }

    @Test
    void theProgramCannotBeAPlaceholder() {
        Template t = template(INPUTS, "command: {argv: [\"{codec}\", -h], timeout_seconds: 5}");

        assertThat(ArgumentVector.problems(t, (Execution.Command) t.execution()))
                .extracting(Problem::path)
                .containsExactly("/execution/command/argv/0");
    }

    @Test
    void anArrayCannotBePlacedInAnArgument() {
        Template t = template(INPUTS, "command: {argv: [tool, \"{tags}\"], timeout_seconds: 5}");

        SetpointException e = catchThrowableOfType(
                SetpointException.class, () -> arguments(t, Map.of("tags", Value.arr(Value.of("a")))));

        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("array cannot be placed in an argument"));
    }

    @Test
    void aProgressPatternNeedsPercentOrDoneAndATotal() {
        Template noGroup = template(INPUTS, "command: {argv: [tool], progress: 'frame=\\d+', timeout_seconds: 5}");
        Template noTotal =
                template(INPUTS, "command: {argv: [tool], progress: 'frame=(?<done>\\d+)', timeout_seconds: 5}");

        assertThat(ArgumentVector.problems(noGroup, (Execution.Command) noGroup.execution()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("(?<percent>...)"));
        assertThat(ArgumentVector.problems(noTotal, (Execution.Command) noTotal.execution()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no progress_total"));
    }

    @Test
    void anOmittedValueLeavesOutItsArgumentAndTheOptionBeforeIt() {
        Template t = template(INPUTS, """
                command: {argv: [tool, -c, "{codec}", -crf, "{crf}", "{output_dir}/out.mp4"],
                          omit_when: {codec: x265}, timeout_seconds: 5}
                """);

        assertThat(arguments(t, Map.of("codec", Value.of("x265"))))
                .containsExactly("tool", "-crf", "23", "/runs/job-1/out.mp4");
        assertThat(arguments(t, Map.of("codec", Value.of("x264"))))
                .containsExactly("tool", "-c", "x264", "-crf", "23", "/runs/job-1/out.mp4");
    }

    @Test
    void anOmittedValueWithoutAnOptionBeforeItLeavesOutOnlyItsArgument() {
        Template t = template(INPUTS, """
                command: {argv: [tool, "{crf}", "codec={codec}"], omit_when: {codec: x265}, timeout_seconds: 5}
                """);

        assertThat(arguments(t, Map.of("codec", Value.of("x265")))).containsExactly("tool", "23");
    }

    @Test
    void anOmissionMustNameAPlacedInputAndAValueItAccepts() {
        Template t = template(INPUTS, """
                command: {argv: [tool, "{crf}"], omit_when: {crf: 99, codec: x264, quality: 1}, timeout_seconds: 5}
                """);

        assertThat(ArgumentVector.problems(t, (Execution.Command) t.execution()))
                .extracting(Problem::path, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "/execution/command/omit_when/crf", "input crf does not accept 99"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/execution/command/omit_when/codec",
                                "names no input placed in argv: {codec} is in no argument"),
                        org.assertj.core.groups.Tuple.tuple(
                                "/execution/command/omit_when/quality",
                                "names no input placed in argv: {quality} is in no argument"));
    }

    private static List<String> arguments(Template t, Map<String, Value> parameters) {
        Map<String, Value> values = Parameters.checked(new RunSpec(t, parameters, DIR));
        return ArgumentVector.arguments(t, (Execution.Command) t.execution(), values, DIR);
    }
}
