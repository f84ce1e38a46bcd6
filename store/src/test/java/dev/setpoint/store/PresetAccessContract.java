package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.QualityPreset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Who may see and change which preset, quality chains across users, and racing writers. */
abstract class PresetAccessContract extends StoreContract {

    @Test
    void otherUsersPrivatePresetsDoNotExistForThemEvenForAdmins() {
        Viewer owner = newUser();
        String tag = unique("matrix");
        StoredPreset mine = db.presets().create(owner, Samples.parameter(tag + " private"), Visibility.PRIVATE);
        for (Viewer other : List.of(newUser(), Viewer.of(db.users().createUser(unique("admin"), null, Role.ADMIN)))) {
            assertThat(db.presets().find(other, mine.id())).isEmpty();
            assertThat(db.presets().findBySlug(other, mine.slug())).isEmpty();
            assertThat(db.presets().list(other, search(tag)).items()).isEmpty();
            assertFails(
                    Kind.NOT_FOUND,
                    "no preset with id " + mine.id(),
                    () -> db.presets().update(other, mine.id(), mine.preset(), null, null));
            assertFails(Kind.NOT_FOUND, () -> db.presets().delete(other, mine.id(), null));
        }
        assertThat(db.presets().find(owner, mine.id())).isPresent();
        assertThat(db.presets().list(owner, search(tag)).items())
                .extracting(StoredPreset::id)
                .containsExactly(mine.id());
    }

    @Test
    void sharedPresetsAreVisibleToAllButChangeableOnlyByTheirOwner() {
        Viewer owner = newUser();
        Viewer other = newUser();
        String tag = unique("shared");
        StoredPreset shared = db.presets().create(owner, Samples.parameter(tag), Visibility.SHARED);

        assertThat(db.presets().find(other, shared.id())).contains(shared);
        assertThat(db.presets().findBySlug(other, shared.slug())).contains(shared);
        assertThat(db.presets().list(other, search(tag)).items()).containsExactly(shared);
        assertFails(
                Kind.FORBIDDEN,
                "only its owner can change it",
                () -> db.presets().update(other, shared.id(), shared.preset(), null, null));
        assertFails(
                Kind.FORBIDDEN,
                "only its owner can change it",
                () -> db.presets().delete(other, shared.id(), null));
        assertThat(db.presets()
                        .update(owner, shared.id(), shared.preset(), Visibility.PRIVATE, null)
                        .revision())
                .isEqualTo(2);
        assertThat(db.presets().find(other, shared.id())).isEmpty();
    }

    @Test
    void systemPresetsAreVisibleToEveryUser() {
        Viewer viewer = newUser();

        assertThat(db.presets()
                        .list(viewer, new PresetQuery(null, null, null, null, "id", 0, 8))
                        .items())
                .extracting(StoredPreset::id, StoredPreset::slug, StoredPreset::owner)
                .startsWith(
                        tuple(1L, "memory-efficient", "system"),
                        tuple(2L, "high-throughput", "system"),
                        tuple(3L, "low-latency", "system"),
                        tuple(4L, "balanced", "system"),
                        tuple(5L, "draft", "system"),
                        tuple(6L, "standard", "system"),
                        tuple(7L, "high", "system"),
                        tuple(8L, "ultra", "system"));
        assertThat(db.presets().findBySlug(viewer, "ultra").orElseThrow().system())
                .isTrue();
    }

    @Test
    void qualityChainsReachOtherUsersPresetsOnlyWhenShared() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        String sharedId = unique("custom_shared");
        String privateId = unique("custom_private");
        db.presets().create(alice, Samples.quality(sharedId, unique("Alice shared "), "high"), Visibility.SHARED);
        db.presets().create(alice, Samples.quality(privateId, unique("Alice private "), "draft"), Visibility.PRIVATE);

        StoredPreset onShared = db.presets()
                .create(bob, Samples.quality(unique("custom_bob"), unique("Bob "), sharedId), Visibility.PRIVATE);
        assertFails(
                Kind.INVALID,
                privateId,
                () -> db.presets()
                        .create(
                                bob,
                                Samples.quality(unique("custom_bob"), unique("Bob "), privateId),
                                Visibility.PRIVATE));
        assertFails(
                Kind.INVALID,
                privateId,
                () -> db.presets()
                        .update(
                                bob,
                                onShared.id(),
                                Samples.quality(onShared.slug(), unique("Bob "), privateId),
                                null,
                                null));

        assertThat(db.presets().qualityCatalog(bob).resolve(onShared.slug()).level())
                .isEqualTo(3);
        assertThat(db.presets().qualityCatalog(bob).find(privateId)).isEmpty();
        assertThat(db.presets().qualityCatalog(alice).find(privateId)).isPresent();
        assertThat(db.presets().qualityCatalog(alice).find(onShared.slug())).isEmpty();
    }

    @Test
    void anUpdateThatClosesAnInheritanceCycleIsRejected() {
        Viewer owner = newUser();
        StoredPreset root = db.presets()
                .create(owner, Samples.quality(unique("custom_root"), unique("Root "), null), Visibility.PRIVATE);
        StoredPreset child = db.presets()
                .create(
                        owner,
                        Samples.quality(unique("custom_child"), unique("Child "), root.slug()),
                        Visibility.PRIVATE);
        QualityPreset rootOnChild = Samples.quality(root.slug(), root.preset().name(), child.slug());

        assertFails(
                Kind.INVALID,
                "inheritance cycle",
                () -> db.presets().update(owner, root.id(), rootOnChild, null, null));
        assertThat(db.presets().find(owner, root.id()).orElseThrow().revision()).isEqualTo(1);
    }

    @Test
    void twoWritersRacingForOneNameGetExactlyOneSuccessAndOneConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Viewer owner = newUser();
                String name = unique("Race ");
                List<Kind> outcomes =
                        race(pool, () -> db.presets().create(owner, Samples.parameter(name), Visibility.PRIVATE));
                assertThat(outcomes).containsExactlyInAnyOrder(null, Kind.CONFLICT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesRacingForOneSlugAllSucceedWithSlugsUniquePerOwner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 5; round++) {
                String name = unique("Slug Race ");
                Viewer first = newUser();
                Viewer second = newUser();
                List<Kind> outcomes = race(
                        pool,
                        List.of(
                                () -> db.presets().create(first, Samples.parameter(name), Visibility.SHARED),
                                () -> db.presets().create(second, Samples.parameter(name), Visibility.SHARED),
                                () -> db.presets().create(first, Samples.parameter(name + "!"), Visibility.SHARED)));
                assertThat(outcomes).containsExactly(null, null, null);
                assertThat(db.presets().list(first, search(name)).items())
                        .filteredOn(p -> p.ownerId() == first.userId())
                        .extracting(StoredPreset::slug)
                        .doesNotHaveDuplicates()
                        .hasSize(2);
                assertThat(db.presets().list(first, search(name)).items())
                        .filteredOn(p -> p.ownerId() == second.userId())
                        .extracting(StoredPreset::slug)
                        .containsExactly(Names.slug(name));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static PresetQuery search(String text) {
        return new PresetQuery(null, null, null, text, "id", 0, 50);
    }

    private static List<Kind> race(ExecutorService pool, Runnable write) throws Exception {
        return race(pool, List.of(write, write));
    }

    /** Starts the writes at once; the outcome of each is null for success or the failure's kind. */
    private static List<Kind> race(ExecutorService pool, List<Runnable> writes) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writes.size());
        List<Future<Kind>> futures = new ArrayList<>();
        for (Runnable write : writes) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    write.run();
                    return null;
                } catch (SetpointException e) {
                    return e.kind();
                }
            }));
        }
        List<Kind> outcomes = new ArrayList<>();
        for (Future<Kind> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }
}
