package dev.setpoint.cli.studies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code setpoint tune} and {@code setpoint studies} without a server: the study service on the data
 * directory's embedded database, with the built-in image function at 64x64 pixels as the template.
 */
class TuneCommandTest {

    static final String SPACE = """
            {"version": "1.0", "preset": {"name": "Image space", "category": "performance",
             "parameters": {"steps": [1, 2], "sampler": ["euler", "ddim"]}}}""";

    @TempDir
    Path dir;

    @Test
    void aGridLargerThanItsTrialsIsWarnedAboutThenEachTrialIsALineAndTheBestFollows() {
        Cli cli = new Cli(dir);

        Cli.Result result = cli.run(tune(cli, "--trials", "3"));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err().lines())
                .singleElement()
                .satisfies(line ->
                        assertThat(line).startsWith("warning: ").contains("4").contains("3"));
        assertThat(result.out())
                .containsPattern("study [0-9a-f-]{36}: sd-image@1.0.0, grid over 4 points, at most 3 trials")
                .containsPattern("TRIAL +STATUS +SCORE +POINT +MEASURED");
        assertThat(result.out()
                        .lines()
                        .filter(l -> l.matches("[0-2] +succeeded +[0-9.]+ +steps=[12] sampler=.* [0-9.]+ s, psnr=.*")))
                .hasSize(3);
        assertThat(result.out())
                .containsPattern("study [0-9a-f-]{36} finished: 3 trials, 3 succeeded, 0 failed, 0 cancelled")
                .containsPattern("best: trial [0-2]: steps=[12] sampler=\"[a-z]+\"; [0-9.]+ s, psnr=[0-9.]+ dB.*")
                .contains("effect on psnr");
    }

    @Test
    void withJsonTheStudyDocumentIsPrintedAndStudiesListsShowsAndSavesIt() throws Exception {
        Cli cli = new Cli(dir);
        String document = cli.run(tune(cli, "--trials", "2", "--json")).out();
        assertThat(document)
                .startsWith("{")
                .contains("\"status\": \"finished\"")
                .contains("\"trials\": [");
        String id = document.replaceAll("(?s).*?\"id\": \"([0-9a-f-]{36})\".*", "$1");

        assertThat(cli.run("studies", "list", "--data-dir", "data").succeeds().out())
                .containsPattern(id + " +- +finished +sd-image@1.0.0 +grid +2/2");
        assertThat(cli.run("studies", "show", id, "--data-dir", "data")
                        .succeeds()
                        .out())
                .containsPattern("[01] +succeeded")
                .contains("best: trial");
        cli.run("studies", "save-preset", id, "--name", "Best image", "--data-dir", "data")
                .succeeds();
        String saved = Files.readString(dir.resolve("preset-Best image.json"));
        assertThat(saved).contains("\"steps\": [").contains(id);
        assertThat(cli.run("studies", "cancel", id, "--data-dir", "data").exit())
                .isEqualTo(ExitCodes.CONFLICT);
    }

    @Test
    void everyBadOptionIsOneLineAndNothingRuns() {
        Cli cli = new Cli(dir);
        cli.file("space.json", SPACE);

        Cli.Result result = cli.run(
                        "tune",
                        "--data-dir",
                        "data",
                        "--template",
                        "sd-image",
                        "--preset",
                        "space.json",
                        "--objective",
                        "maximise psnr",
                        "--constraint",
                        "psnr ~ 30",
                        "--input",
                        "width",
                        "--strategy",
                        "annealing")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err().lines()).hasSize(4);
        assertThat(result.err())
                .contains("setpoint: --objective: 'maximise psnr'")
                .contains("setpoint: --constraint: 'psnr ~ 30'")
                .contains("setpoint: --input: 'width' is not NAME=VALUE")
                .contains("setpoint: --strategy: ");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aTimeThatIsNoneIsAUsageErrorInOneLine() {
        Cli cli = new Cli(dir);

        Cli.Result result = cli.run(tune(cli, "--max-time", "soon")).failsWith(ExitCodes.USAGE);

        assertThat(result.err().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("'soon' is not a time such as 90s, 10m or 1h30m"));
    }

    @Test
    void aMetricTheTemplateDoesNotMeasureIsReportedAtItsOptionBeforeAnythingRuns() {
        Cli cli = new Cli(dir);
        cli.file("space.json", SPACE);

        Cli.Result result = cli.run(
                        "tune",
                        "--data-dir",
                        "data",
                        "--template",
                        "sd-image",
                        "--preset",
                        "space.json",
                        "--input",
                        "prompt=a fox",
                        "--objective",
                        "max ssim",
                        "--constraint",
                        "bits_per_char <= 2")
                .failsWith(ExitCodes.INVALID);

        assertThat(result.err())
                .contains("setpoint: --objective 'max ssim': ")
                .contains("setpoint: --constraint 'bits_per_char <= 2': ");
        assertThat(result.err().lines()).hasSize(2);
    }

    /** The arguments of a tune of the image space at 64x64 pixels, with {@code more} after them. */
    private String[] tune(Cli cli, String... more) {
        cli.file("space.json", SPACE);
        List<String> args = new ArrayList<>(List.of(
                "tune",
                "--data-dir",
                "data",
                "--template",
                "sd-image",
                "--quality",
                "draft",
                "--preset",
                "space.json",
                "--input",
                "prompt=a fox",
                "--input",
                "width=64",
                "--input",
                "height=64",
                "--input",
                "seed=7",
                "--objective",
                "max psnr",
                "--constraint",
                "run_seconds <= 600"));
        args.addAll(Arrays.asList(more));
        return args.toArray(String[]::new);
    }
}
