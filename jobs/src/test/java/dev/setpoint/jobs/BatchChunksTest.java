package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import dev.setpoint.store.JobEstimate;
import dev.setpoint.store.NewJob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a batch's items are grouped into chunks, one JobRunr job each. */
class BatchChunksTest {

    @Test
    void quickItemsShareChunksOfAtMostTheItemBound() {
        int bound = BatchService.CHUNK_ITEMS;
        List<UUID> chunks = BatchService.chunks(jobs(Collections.nCopies(bound * 5 / 2, 0.001)));

        assertThat(chunks.subList(0, bound)).containsOnly(chunks.get(0));
        assertThat(chunks.subList(bound, 2 * bound)).containsOnly(chunks.get(bound));
        assertThat(chunks.subList(2 * bound, chunks.size())).containsOnly(chunks.get(2 * bound));
        assertThat(chunks.stream().distinct()).hasSize(3);
    }

    @Test
    void slowItemsAreChunksOfTheirOwnSoTheyRunInParallel() {
        // A comparison's four levels: each alone takes longer than a chunk's bound.
        List<UUID> chunks = BatchService.chunks(jobs(List.of(2.0, 4.0, 8.0, 16.0)));

        assertThat(chunks).doesNotHaveDuplicates();
    }

    @Test
    void consecutiveItemsShareAChunkUpToTheBoundOnEstimatedSeconds() {
        List<UUID> chunks = BatchService.chunks(jobs(List.of(0.4, 0.4, 0.4, 0.1, 5.0, 0.1)));

        assertThat(chunks.get(1)).isEqualTo(chunks.get(0));
        assertThat(chunks.get(2)).isNotEqualTo(chunks.get(1));
        assertThat(chunks.get(3)).isEqualTo(chunks.get(2));
        assertThat(chunks.get(4)).isNotEqualTo(chunks.get(3));
        assertThat(chunks.get(5)).isNotEqualTo(chunks.get(4));
    }

    private static List<NewJob> jobs(List<Double> estimates) {
        List<NewJob> jobs = new ArrayList<>();
        Value.Obj inputs = new Value.Obj(Map.of());
        for (double seconds : estimates) {
            jobs.add(new NewJob(
                    UUID.randomUUID(),
                    null,
                    "noop@1.0.0",
                    "draft",
                    1,
                    List.of(),
                    List.of(),
                    inputs,
                    inputs,
                    new JobEstimate(seconds, seconds, seconds, "test"),
                    1));
        }
        return jobs;
    }
}
