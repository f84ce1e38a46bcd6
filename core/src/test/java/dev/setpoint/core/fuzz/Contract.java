package dev.setpoint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.SetpointException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contract every fuzz test checks: any input either gives a result or a {@link SetpointException}
 * that names at least one problem. Any other exception escapes and is the fuzzer's finding; a hang is
 * caught by Jazzer's per-input timeout (the JUnit {@code @Timeout} of the test).
 */
public final class Contract {

    private Contract() {}

    /** The result of {@code action}, or empty when it refused the input with problems. */
    public static <T> Optional<T> resultOrProblems(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (SetpointException e) {
            assertThat(e.problems())
                    .as("a SetpointException names its problems")
                    .isNotEmpty();
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
            return Optional.empty();
        }
    }

    /** The fuzzer's bytes as text; bytes that are not UTF-8 become U+FFFD, as a servlet would read them. */
    public static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
