package dev.setpoint.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.SetpointException.Kind;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kinds' statuses, which adapters read both ways, and the failure a run's exception carries. */
class SetpointExceptionTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindsStatusNamesThatKindAlone(Kind kind) {
        assertThat(Kind.ofHttpStatus(kind.httpStatus())).contains(kind);
        assertThat(kind.httpStatus()).isBetween(400, 599);
    }

    @Test
    void aStatusNoKindReportsNamesNone() {
        assertThat(Kind.ofHttpStatus(500)).isEmpty();
        assertThat(Kind.ofHttpStatus(200)).isEmpty();
        assertThat(Arrays.stream(Kind.values()).map(Kind::httpStatus)).doesNotHaveDuplicates();
    }

    @Test
    void aRunFailureIsNotBadInputAndKeepsWhatCausedIt() {
        IOException cause = new IOException("No such file or directory");

        SetpointException e = SetpointException.runFailed("cannot start ffmpeg: No such file or directory", cause);

        assertThat(e.kind()).isEqualTo(Kind.RUN_FAILED);
        assertThat(e.kind().httpStatus()).isEqualTo(502);
        assertThat(e).hasCause(cause).hasMessage("cannot start ffmpeg: No such file or directory");
        assertThat(e.problems()).containsExactly(new Problem("", "cannot start ffmpeg: No such file or directory"));
    }
}
