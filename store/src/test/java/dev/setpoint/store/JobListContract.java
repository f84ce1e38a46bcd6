package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobQuery.Order;
import dev.setpoint.store.JobQuery.Sort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job list's filters and sorts on seeded jobs of one user, submitted a second apart in this
 * order (quality, parameter presets merged in, how the run ended, run seconds, metrics):
 *
 * <pre>
 * draft [1]      succeeded 2.0 s {psnr: 30, output_bytes: 100}
 * high  [11]     succeeded 1.0 s {psnr: 35.5}
 * high  [1, 11]  succeeded 3.0 s {psnr: 30}     (ties draft's psnr)
 * high  []       failed    0.5 s {}             (no metric)
 * draft [111]    queued                         (no run, no metric)
 * </pre>
 */
abstract class JobListContract extends StoreContract {

    private Viewer owner;
    private UUID draft1;
    private UUID high11;
    private UUID high1And11;
    private UUID failed;
    private UUID queued;

    @BeforeAll
    void seed() {
        owner = newUser();
        draft1 = succeeded("draft", List.of(1L), 2.0, "{\"psnr\": 30, \"output_bytes\": 100}");
        high11 = succeeded("high", List.of(11L), 1.0, "{\"psnr\": 35.5}");
        high1And11 = succeeded("high", List.of(1L, 11L), 3.0, "{\"psnr\": 30}");
        failed = submit("high", List.of());
        int attempt = db.jobs().start(failed, "w").orElseThrow().attempt();
        db.jobs().finish(JobEnd.failed(failed, attempt, clock.instant(), new RunMeasurements(0.5, 0.5, 1), "boom", ""));
        queued = submit("draft", List.of(111L));
    }

    @Test
    void qualityKeepsTheJobsOfThatLevelNewestFirst() {
        assertThat(list(query("high", null, null, null, null, Sort.CREATED, Order.DESC)))
                .containsExactly(failed, high1And11, high11);
        assertThat(list(query("draft", null, null, null, null, Sort.CREATED, Order.DESC)))
                .containsExactly(queued, draft1);
        assertThat(list(query("ultra", null, null, null, null, Sort.CREATED, Order.DESC)))
                .isEmpty();
    }

    @Test
    void aPresetMatchesTheJobsThatMergedItInAndNoIdThatOnlySharesItsDigits() {
        assertThat(list(query(null, 1L, null, null, null, Sort.CREATED, Order.DESC)))
                .containsExactly(high1And11, draft1);
        assertThat(list(query(null, 11L, null, null, null, Sort.CREATED, Order.DESC)))
                .containsExactly(high1And11, high11);
        assertThat(list(query(null, 111L, null, null, null, Sort.CREATED, Order.DESC)))
                .containsExactly(queued);
        assertThat(list(query(null, 1001L, null, null, null, Sort.CREATED, Order.DESC)))
                .isEmpty();
    }

    @Test
    void aMetricRangeIsInclusiveAndAJobWithoutTheMetricNeverMatchesIt() {
        assertThat(list(query(null, null, "psnr", 30.0, 30.0, Sort.CREATED, Order.DESC)))
                .containsExactly(high1And11, draft1);
        assertThat(list(query(null, null, "psnr", 30.5, null, Sort.CREATED, Order.DESC)))
                .containsExactly(high11);
        assertThat(list(query(null, null, "psnr", null, 1e9, Sort.CREATED, Order.DESC)))
                .containsExactly(high1And11, high11, draft1);
        assertThat(list(query(null, null, "output_bytes", 0.0, null, Sort.CREATED, Order.DESC)))
                .containsExactly(draft1);
        assertThat(list(query(null, null, "ssim", null, 1e9, Sort.CREATED, Order.DESC)))
                .isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(list(query("high", 1L, "psnr", 0.0, null, Sort.CREATED, Order.DESC)))
                .containsExactly(high1And11);
        assertThat(db.jobs()
                        .list(owner, query("high", 11L, "psnr", 31.0, null, Sort.CREATED, Order.DESC))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void aMetricSortPutsTiesNewestFirstAndJobsWithoutTheMetricLastEitherWay() {
        assertThat(list(query(null, null, "psnr", null, null, Sort.METRIC, Order.DESC)))
                .containsExactly(high11, high1And11, draft1, queued, failed);
        assertThat(list(query(null, null, "psnr", null, null, Sort.METRIC, Order.ASC)))
                .containsExactly(high1And11, draft1, high11, queued, failed);
    }

    @Test
    void runSecondsSortPutsJobsThatNeverRanLast() {
        assertThat(list(query(null, null, null, null, null, Sort.RUN_SECONDS, Order.ASC)))
                .containsExactly(failed, high11, draft1, high1And11, queued);
        assertThat(list(query(null, null, null, null, null, Sort.RUN_SECONDS, Order.DESC)))
                .containsExactly(high1And11, draft1, high11, failed, queued);
    }

    @Test
    void createdSortRunsEitherWay() {
        assertThat(list(query(null, null, null, null, null, Sort.CREATED, Order.ASC)))
                .containsExactly(draft1, high11, high1And11, failed, queued);
        assertThat(list(query(null, null, null, null, null, Sort.CREATED, Order.DESC)))
                .containsExactly(queued, failed, high1And11, high11, draft1);
    }

    @Test
    void pagesOfASortedListFollowOnWithoutGapsOrRepeats() {
        List<UUID> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            Page<JobRecord> page = db.jobs()
                    .list(
                            owner,
                            new JobQuery(
                                    null, null, null, null, "psnr", null, null, Sort.METRIC, Order.DESC, offset, 2));
            assertThat(page.total()).isEqualTo(5);
            page.items().forEach(job -> paged.add(job.id()));
        }

        assertThat(paged).containsExactly(high11, high1And11, draft1, queued, failed);
    }

    @Test
    void aMetricThatIsNotANumberNeitherMatchesARangeNorSortsAmongTheNumbers() {
        Viewer other = newUser();
        UUID text = succeeded(other, "high", List.of(), 1.0, "{\"psnr\": \"n/a\"}");
        UUID number = succeeded(other, "high", List.of(), 1.0, "{\"psnr\": 20}");

        assertThat(ids(db.jobs().list(other, query(null, null, "psnr", -1e9, null, Sort.CREATED, Order.DESC))))
                .containsExactly(number);
        assertThat(ids(db.jobs().list(other, query(null, null, "psnr", null, null, Sort.METRIC, Order.ASC))))
                .containsExactly(number, text);
    }

    @Test
    void theJobsOfNoUserAreFilteredAlike() {
        UUID ownerless = UUID.randomUUID();
        db.jobs().create(job(ownerless, null, "ultra", List.of(4242L)));

        assertThat(ids(db.jobs().listOwnerless(query("ultra", 4242L, null, null, null, Sort.CREATED, Order.DESC))))
                .contains(ownerless);
        assertThat(ids(db.jobs().listOwnerless(query("ultra", 4243L, null, null, null, Sort.CREATED, Order.DESC))))
                .doesNotContain(ownerless);
    }

    private static JobQuery query(
            @Nullable String quality,
            @Nullable Long presetId,
            @Nullable String metric,
            @Nullable Double min,
            @Nullable Double max,
            Sort sort,
            Order order) {
        return new JobQuery(null, null, quality, presetId, metric, min, max, sort, order, 0, 50);
    }

    private List<UUID> list(JobQuery query) {
        return ids(db.jobs().list(owner, query));
    }

    private static List<UUID> ids(Page<JobRecord> page) {
        return page.items().stream().map(JobRecord::id).toList();
    }

    private UUID succeeded(String quality, List<Long> presetIds, double runSeconds, String metrics) {
        return succeeded(owner, quality, presetIds, runSeconds, metrics);
    }

    private UUID succeeded(Viewer viewer, String quality, List<Long> presetIds, double runSeconds, String metrics) {
        UUID id = UUID.randomUUID();
        db.jobs().create(job(id, viewer.userId(), quality, presetIds));
        clock.advance(Duration.ofSeconds(1));
        int attempt = db.jobs().start(id, "w").orElseThrow().attempt();
        db.jobs()
                .finish(JobEnd.succeeded(
                        id,
                        attempt,
                        clock.instant(),
                        new RunMeasurements(runSeconds, runSeconds, 1),
                        (Value.Obj) Json.parse(metrics),
                        List.of(),
                        ""));
        return id;
    }

    private UUID submit(String quality, List<Long> presetIds) {
        UUID id = UUID.randomUUID();
        db.jobs().create(job(id, owner.userId(), quality, presetIds));
        clock.advance(Duration.ofSeconds(1));
        return id;
    }

    private static NewJob job(UUID id, @Nullable Long ownerId, String quality, List<Long> presetIds) {
        Value.Obj inputs = (Value.Obj) Json.parse("{\"prompt\": \"a cat\"}");
        return new NewJob(
                id,
                ownerId,
                "sd-image@1.0.0",
                quality,
                2,
                presetIds,
                List.of(),
                inputs,
                inputs,
                new JobEstimate(1, 1, 1, "multipliers"),
                1);
    }
}
