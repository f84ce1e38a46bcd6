package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How many jobs run at once, from {@code SETPOINT_WORKERS} or the cores, and JobRunr's poll interval. */
class JobsSettingsTest {

    @Test
    void withoutSetpointWorkersEachCoreRunsAJob() {
        int cores = Runtime.getRuntime().availableProcessors();

        assertThat(JobsSettings.fromEnvironment(Map.of()).workers()).isEqualTo(cores);
        assertThat(JobsSettings.fromEnvironment(Map.of("SETPOINT_WORKERS", " ")).workers())
                .isEqualTo(cores);
        assertThat(JobsSettings.fromEnvironment(Map.of()).pollInterval()).isEqualTo(JobsSettings.DEFAULT_POLL);
    }

    @Test
    void setpointWorkersSetsHowManyJobsRunAtOnce() {
        assertThat(JobsSettings.fromEnvironment(Map.of("SETPOINT_WORKERS", " 3 "))
                        .workers())
                .isEqualTo(3);
    }

    @Test
    void setpointWorkersThatIsNoNumberIsRefusedInWords() {
        assertThatThrownBy(() -> JobsSettings.fromEnvironment(Map.of("SETPOINT_WORKERS", "many")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SETPOINT_WORKERS must be a number, not 'many'");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 257})
    void workersOutsideOneTo256AreRefused(int workers) {
        assertThatThrownBy(() -> new JobsSettings(workers, JobsSettings.DEFAULT_POLL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workers must be 1 to 256, not " + workers);
    }

    @Test
    void jobRunrCannotPollSqlDatabasesMoreOftenThanEveryFiveSeconds() {
        assertThatThrownBy(() -> new JobsSettings(1, Duration.ofSeconds(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every 5 s at the most often");
    }
}
