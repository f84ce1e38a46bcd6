package dev.setpoint.cli.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.cli.Cli;
import dev.setpoint.cli.ExitCodes;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offline, {@code --quality} names a quality preset by id, or by name compared as the server compares names. */
class QualityNameTest {

    private static final String CRISP = """
            {"version": "1.0", "preset": {"kind": "quality", "id": "custom_crisp", "name": "Crisp",
             "base_preset": "high", "parameters": {"image_generation": {"steps": 60}}}}""";
    private static final String PROMPT = "{\"prompt\": \"a lighthouse\"}";

    @TempDir
    Path dir;

    private Cli.Result apply(Cli cli, String quality, String... presets) {
        String[] args = {"apply", "--template", "sd-image", "--quality", quality, "--inputs", PROMPT, "--json"};
        String[] all =
                Stream.concat(Arrays.stream(args), Arrays.stream(presets)).toArray(String[]::new);
        return cli.run(all);
    }

    @ParameterizedTest(name = "--quality {0}")
    @ValueSource(strings = {"Crisp", "crisp", "CRISP", " Crisp ", "ＣＲＩＳＰ"})
    void aCustomQualityPresetIsNamedAsByItsId(String name) {
        Cli cli = new Cli(dir);
        cli.file("crisp.json", CRISP);
        String byId =
                apply(cli, "custom_crisp", "--preset", "crisp.json").succeeds().out();

        assertThat(apply(cli, name, "--preset", "crisp.json").succeeds().out())
                .isEqualTo(byId)
                .contains("\"steps\": 60");
    }

    @ParameterizedTest(name = "--quality {0}")
    @ValueSource(strings = {"High Quality", "HIGH QUALITY", "high quality"})
    void aBuiltinLevelIsNamedByItsNameToo(String name) {
        Cli cli = new Cli(dir);
        assertThat(apply(cli, name).succeeds().out())
                .isEqualTo(apply(cli, "high").succeeds().out());
    }

    @Test
    void twoQualityPresetsOfTheSameNameAreNamedByIdInstead() {
        Cli cli = new Cli(dir);
        cli.file("crisp.json", CRISP);
        cli.file("crisp2.json", CRISP.replace("custom_crisp", "custom_crisp2").replace("\"Crisp\"", "\"CRISP\""));

        assertThat(apply(cli, "crisp", "--preset", "crisp.json", "--preset", "crisp2.json")
                        .failsWith(ExitCodes.INVALID)
                        .err())
                .isEqualTo("setpoint: --quality: 2 quality presets are named 'crisp' (custom_crisp, custom_crisp2); "
                        + "name one by id\n");
    }

    @Test
    void anUnknownNameIsStillNotFoundAtTheOption() {
        assertThat(apply(new Cli(dir), "Blurry").failsWith(ExitCodes.NOT_FOUND).err())
                .startsWith("setpoint: --quality: ");
    }
}
