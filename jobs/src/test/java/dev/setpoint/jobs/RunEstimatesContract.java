package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.estimate.Estimator;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.testing.TestRuns;
import dev.setpoint.store.Database;
import dev.setpoint.store.JobEnd;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.NewJob;
import dev.setpoint.store.RunMeasurements;
import dev.setpoint.store.TestClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Estimates of requests and jobs, learnt from the succeeded jobs of a real database (SQLite,
 * PostgreSQL), with the work measured by the test template's executor (one unit per milli-second
 * asked for, plus one).
 */
abstract class RunEstimatesContract {

    private static final ResolvedQuality STANDARD = QualityCatalog.builtin().resolve("standard");

    private final TestRuns runs = new TestRuns();
    private Database database;
    private RunEstimates estimates;

    /** A new, empty database. */
    abstract String newDatabaseUrl();

    @BeforeEach
    void open() {
        database = Database.open(newDatabaseUrl(), new TestClock());
        estimates = RunEstimates.learningFrom(database.jobs(), runs.lookup);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void withoutRunsARequestIsEstimatedByTheMultipliersScaledByItsWork() {
        Estimate small = estimates.estimate(request(100));
        Estimate large = estimates.estimate(request(1000));

        assertThat(small.basis()).isEqualTo(Estimate.Basis.MULTIPLIERS);
        assertThat(large.expectedSeconds()).isGreaterThan(small.expectedSeconds());
        assertThat(estimates.accuracy().all().runs()).isZero();
    }

    @Test
    void onceATemplateHasSucceededThreeTimesItsRunsEstimateItAndWhatItWasPromisedIsMeasured() {
        succeeded(101, 1.0);
        succeeded(201, 2.0);
        assertThat(estimates.estimate(request(300)).basis()).isEqualTo(Estimate.Basis.MULTIPLIERS);
        succeeded(301, 3.0);

        Estimate estimate = estimates.estimate(request(400));

        assertThat(estimate.basis()).isEqualTo(Estimate.Basis.HISTORY);
        assertThat(estimate.expectedSeconds())
                .isGreaterThan(estimates.estimate(request(200)).expectedSeconds());
        assertThat(estimates.estimate(new Resolver().apply(request(400)))).isEqualTo(estimate);
        JobEstimate promised = estimates.estimate(TestRuns.TEMPLATE, STANDARD, runs.executor, 401);
        assertThat(promised)
                .isEqualTo(new JobEstimate(
                        estimate.expectedSeconds(), estimate.minSeconds(), estimate.maxSeconds(), "history"));
        assertThat(estimates.accuracy().all().runs()).isEqualTo(3);
    }

    @Test
    void aTemplateThatCannotRunHereIsEstimatedWithoutAWorkSize() {
        Estimate estimate = estimates.estimate(ApplyRequest.of(TestRuns.NOT_RUNNABLE, STANDARD, Map.of()));

        assertThat(estimate).isEqualTo(Estimator.estimate(TestRuns.NOT_RUNNABLE, STANDARD));
    }

    private static ApplyRequest request(int millis) {
        return ApplyRequest.of(TestRuns.TEMPLATE, STANDARD, Map.of("millis", Value.of(millis)));
    }

    /** A job of the test template at standard that took {@code seconds} for {@code workUnits}. */
    private void succeeded(double workUnits, double seconds) {
        Value.Obj parameters = (Value.Obj) Json.parse("{\"behaviour\": \"ok\", \"millis\": 0, \"seed\": 1}");
        UUID id = UUID.randomUUID();
        database.jobs()
                .create(new NewJob(
                        id,
                        null,
                        TestRuns.TEMPLATE.ref(),
                        "standard",
                        2,
                        List.of(),
                        List.of(),
                        parameters,
                        parameters,
                        new JobEstimate(2, 1, 3, "multipliers"),
                        workUnits));
        JobRecord started = database.jobs().start(id, "worker-a").orElseThrow();
        database.jobs()
                .finish(JobEnd.succeeded(
                        id,
                        started.attempt(),
                        started.startedAt(),
                        new RunMeasurements(seconds, seconds, 0),
                        new Value.Obj(Map.of()),
                        List.of(),
                        ""));
    }
}
