package dev.setpoint.runner.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitTest {

    @Test
    void onlyTieredCompilationStoppedBeforeLevelFourIsTheClientCompilerAlone() {
        assertThat(Jit.of("true", "1")).isEqualTo(Jit.CLIENT_ONLY);
        assertThat(Jit.of("true", "3")).isEqualTo(Jit.CLIENT_ONLY);
        assertThat(Jit.of("true", "4")).isEqualTo(Jit.OPTIMISING);
        assertThat(Jit.of("false", "1"))
                .as("without tiers HotSpot runs C2 alone")
                .isEqualTo(Jit.OPTIMISING);
        assertThat(Jit.of("true", "0")).as("the interpreter alone").isEqualTo(Jit.OPTIMISING);
    }

    @Test
    void aJvmKnowsWhichCompilerItRunsAndPicksThatCompilersWeight() throws Exception {
        assertThat(inAJvmWith()).isEqualTo("OPTIMISING 1.0");
        assertThat(inAJvmWith("-XX:TieredStopAtLevel=1")).isEqualTo("CLIENT_ONLY 2.0");
        assertThat(inAJvmWith("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4"))
                .isEqualTo("OPTIMISING 1.0");
    }

    /** What {@link Print} prints in a new JVM with these options. */
    private static String inAJvmWith(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Print.class.getName()));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(java.waitFor()).as(out).isZero();
        return out;
    }

    static final class Print {
        public static void main(String[] args) {
            System.out.println(Jit.CURRENT + " " + Jit.weight(1, 2));
        }
    }
}
