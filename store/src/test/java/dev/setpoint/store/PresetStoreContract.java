package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.Metadata;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.preset.SystemParameterPresets;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, read, update and delete of both kinds of preset, names and revisions. */
abstract class PresetStoreContract extends StoreContract {

    @Test
    void createdParameterPresetReadsBackEqualWithItsSlugAsId() {
        Viewer owner = newUser();
        ParameterPreset preset = Samples.parameter(unique("Fast Setup "));

        StoredPreset stored = db.presets().create(owner, preset, Visibility.PRIVATE);

        assertThat(stored.id()).isGreaterThanOrEqualTo(1001);
        assertThat(stored.slug()).startsWith("fast-setup-");
        assertThat(stored.preset()).isEqualTo(PresetRows.withId(preset, stored.slug()));
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.ownerId()).isEqualTo(owner.userId());
        assertThat(stored.owner())
                .isEqualTo(db.users().findById(owner.userId()).orElseThrow().username());
        assertThat(stored.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(stored.createdAt()).isEqualTo(clock.instant()).isEqualTo(stored.updatedAt());
        assertThat(db.presets().find(owner, stored.id())).contains(stored);
        assertThat(db.presets().findBySlug(owner, stored.slug())).contains(stored);
    }

    @Test
    void createdQualityPresetKeepsItsIdAndResolvesOnItsBase() {
        Viewer owner = newUser();
        String id = unique("custom_q");
        QualityPreset preset = Samples.quality(id, unique("Crisp "), "high");

        StoredPreset stored = db.presets().create(owner, preset, Visibility.SHARED);

        assertThat(stored.slug()).isEqualTo(id);
        assertThat(stored.kind()).isEqualTo("quality");
        assertThat(stored.preset()).isEqualTo(preset);
        assertThat(db.presets().qualityCatalog(owner).resolve(id).level()).isEqualTo(3);
    }

    @Test
    void createAllStoresEveryPresetInOrderSoALaterOneMayStandOnAnEarlierOne() {
        Viewer owner = newUser();
        String base = unique("custom_base");
        String derived = unique("custom_derived");

        List<StoredPreset> stored = db.presets()
                .createAll(
                        owner,
                        List.of(
                                Samples.quality(base, unique("Base "), "high"),
                                Samples.quality(derived, unique("Derived "), base)),
                        Visibility.PRIVATE);

        assertThat(stored).extracting(StoredPreset::slug).containsExactly(base, derived);
        assertThat(db.presets().qualityCatalog(owner).resolve(derived).chain()).hasSize(3);
    }

    /** A second import of the same chain: its base is renamed, and its child follows it there. */
    @Test
    void aPresetOfTheFileBasedOnOneWhoseSlugWasTakenStandsOnItsNewSlug() {
        Viewer owner = newUser();
        String base = unique("custom_base");
        String derived = unique("custom_derived");
        db.presets()
                .createAll(
                        owner,
                        List.of(
                                Samples.quality(base, unique("Base "), "high"),
                                Samples.quality(derived, unique("Derived "), base)),
                        Visibility.PRIVATE);

        List<StoredPreset> again = db.presets()
                .createAll(
                        owner,
                        List.of(
                                Samples.quality(base, unique("Base again "), "draft"),
                                Samples.quality(derived, unique("Derived again "), base)),
                        Visibility.PRIVATE);

        assertThat(again).extracting(StoredPreset::slug).containsExactly(base + "-2", derived + "-2");
        assertThat(((QualityPreset) again.get(1).preset()).basePreset()).isEqualTo(base + "-2");
        assertThat(db.presets().qualityCatalog(owner).resolve(derived + "-2").chain())
                .extracting(QualityPreset::id)
                .containsExactly("draft", base + "-2", derived + "-2");
    }

    @Test
    void createAllStoresNothingWhenOnePresetFails() {
        Viewer owner = newUser();
        String taken = unique("Taken ");
        db.presets().create(owner, Samples.parameter(taken), Visibility.PRIVATE);
        String fresh = unique("Fresh ");
        long before = db.presets().changeVersion();

        assertThatThrownBy(() -> db.presets()
                        .createAll(
                                owner, List.of(Samples.parameter(fresh), Samples.parameter(taken)), Visibility.PRIVATE))
                .isInstanceOfSatisfying(SetpointException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.problems()).extracting(p -> p.path()).allMatch(path -> path.startsWith("/1"));
                });
        assertThat(db.presets().list(owner, PresetQuery.ALL).items())
                .extracting(p -> p.preset().name())
                .doesNotContain(fresh);
        assertThat(db.presets().changeVersion()).isEqualTo(before);
    }

    @Test
    void updateReplacesThePresetClearsOptionalFieldsAndKeepsTheSlug() {
        Viewer owner = newUser();
        StoredPreset created = db.presets().create(owner, Samples.parameter(unique("Before ")), Visibility.PRIVATE);
        clock.advance(Duration.ofMinutes(1));
        ParameterPreset bare = new ParameterPreset(
                null, unique("After "), null, null, null, Map.of("tp-size", List.of(Value.of(8))), false, null);

        StoredPreset updated = db.presets().update(owner, created.id(), bare, Visibility.SHARED, 1L);

        ParameterPreset read = (ParameterPreset)
                db.presets().find(owner, created.id()).orElseThrow().preset();
        assertThat(read.description()).isEmpty();
        assertThat(read.category()).isNull();
        assertThat(read.runtime()).isNull();
        assertThat(read.metadata()).isEqualTo(Metadata.EMPTY);
        assertThat(read.parameters()).containsOnlyKeys("tp-size");
        assertThat(read.id()).isEqualTo(created.slug());
        assertThat(updated.slug()).isEqualTo(created.slug());
        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.visibility()).isEqualTo(Visibility.SHARED);
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(created.createdAt().plus(Duration.ofMinutes(1)));
    }

    @Test
    void updateWithoutVisibilityKeepsTheCurrentOne() {
        Viewer owner = newUser();
        StoredPreset created = db.presets().create(owner, Samples.parameter(unique("Kept ")), Visibility.SHARED);

        StoredPreset updated = db.presets().update(owner, created.id(), created.preset(), null, null);

        assertThat(updated.visibility()).isEqualTo(Visibility.SHARED);
    }

    @Test
    void deleteRemovesThePreset() {
        Viewer owner = newUser();
        StoredPreset created = db.presets().create(owner, Samples.parameter(unique("Gone ")), Visibility.PRIVATE);

        db.presets().delete(owner, created.id(), created.revision());

        assertThat(db.presets().find(owner, created.id())).isEmpty();
        assertFails(Kind.NOT_FOUND, () -> db.presets().delete(owner, created.id(), null));
    }

    @Test
    void namesAreUniquePerOwnerAfterTrimmingAndIgnoringCase() {
        Viewer owner = newUser();
        String name = unique("My Preset ");
        StoredPreset first = db.presets().create(owner, Samples.parameter(name), Visibility.PRIVATE);
        StoredPreset other = db.presets().create(owner, Samples.parameter(unique("Other ")), Visibility.PRIVATE);

        assertFails(
                Kind.CONFLICT,
                "a preset named '" + name.toUpperCase() + "' already exists",
                () -> db.presets()
                        .create(owner, Samples.parameter("  " + name.toUpperCase() + " "), Visibility.SHARED));
        assertFails(
                Kind.CONFLICT,
                () -> db.presets()
                        .create(
                                owner,
                                Samples.quality(unique("custom_n"), name.toLowerCase(), null),
                                Visibility.PRIVATE));
        assertFails(Kind.CONFLICT, () -> db.presets().update(owner, other.id(), Samples.parameter(name), null, null));
        assertThat(db.presets()
                        .create(newUser(), Samples.parameter(name), Visibility.PRIVATE)
                        .id())
                .isNotEqualTo(first.id());
        assertThat(db.presets()
                        .update(owner, first.id(), Samples.parameter(" " + name), null, null)
                        .revision())
                .isEqualTo(2);
    }

    @Test
    void aUserCannotTakeTheNameOfASystemPreset() {
        assertFails(
                Kind.CONFLICT,
                "a preset named 'high throughput' already exists",
                () -> db.presets().create(newUser(), Samples.parameter("high throughput"), Visibility.PRIVATE));
        assertFails(
                Kind.CONFLICT,
                () -> db.presets()
                        .create(
                                newUser(),
                                Samples.quality(unique("custom_s"), "Ultra Quality", null),
                                Visibility.PRIVATE));
    }

    @Test
    void systemPresetsAreReadOnlyEvenForAdmins() {
        Viewer admin = Viewer.of(db.users().createUser(unique("admin"), null, Role.ADMIN));
        for (long id = 1; id <= 8; id++) {
            long systemId = id;
            Preset preset = db.presets().find(admin, systemId).orElseThrow().preset();
            assertFails(
                    Kind.FORBIDDEN,
                    "system presets are read-only; clone it to customise it",
                    () -> db.presets().update(admin, systemId, preset, null, null));
            assertFails(Kind.FORBIDDEN, "clone it", () -> db.presets().delete(admin, systemId, null));
        }
        assertThat(db.presets().find(admin, 2).orElseThrow().preset())
                .isEqualTo(SystemParameterPresets.HIGH_THROUGHPUT);
    }

    @Test
    void aStaleRevisionIsRejectedAndChangesNothing() {
        Viewer owner = newUser();
        StoredPreset created = db.presets().create(owner, Samples.parameter(unique("Rev ")), Visibility.PRIVATE);
        db.presets().update(owner, created.id(), created.preset(), null, 1L);

        assertFails(
                Kind.STALE,
                "revision 2, not 1",
                () -> db.presets().update(owner, created.id(), Samples.parameter(unique("Late ")), null, 1L));
        assertFails(Kind.STALE, () -> db.presets().delete(owner, created.id(), 1L));
        assertThat(db.presets().find(owner, created.id()).orElseThrow().revision())
                .isEqualTo(2);
        assertThat(db.presets()
                        .update(owner, created.id(), created.preset(), null, 2L)
                        .revision())
                .isEqualTo(3);
    }

    @Test
    void theKindOfAPresetCannotChange() {
        Viewer owner = newUser();
        StoredPreset created = db.presets().create(owner, Samples.parameter(unique("Kind ")), Visibility.PRIVATE);

        assertFails(
                Kind.INVALID,
                () -> db.presets()
                        .update(
                                owner,
                                created.id(),
                                Samples.quality(unique("custom_k"), unique("K "), null),
                                null,
                                null));
    }

    @Test
    void onlySystemPresetsHaveSystemVisibility() {
        assertFails(
                Kind.INVALID,
                () -> db.presets().create(newUser(), Samples.parameter(unique("Sys ")), Visibility.SYSTEM));
    }

    @Test
    void aUserCanKeepHundredsOfPresets() {
        Viewer owner = newUser();
        String tag = unique("bulk");
        for (int i = 0; i < 150; i++) {
            db.presets()
                    .create(
                            owner,
                            Samples.parameter(tag + " preset " + i, "perf", InferenceRuntime.VLLM, ""),
                            Visibility.PRIVATE);
        }

        Page<StoredPreset> page = db.presets().list(owner, new PresetQuery(null, null, null, tag, "id", 100, 200));

        assertThat(page.total()).isEqualTo(150);
        assertThat(page.items()).hasSize(50);
        assertThat(page.items().get(49).preset().name()).isEqualTo(tag + " preset 149");
    }

    @Test
    void everyWriteBumpsTheChangeVersionAndReadsAndFailuresDoNot() {
        Viewer owner = newUser();
        long start = db.presets().changeVersion();
        StoredPreset created = db.presets().create(owner, Samples.parameter(unique("Ver ")), Visibility.PRIVATE);
        long afterCreate = db.presets().changeVersion();
        db.presets().update(owner, created.id(), created.preset(), null, null);
        long afterUpdate = db.presets().changeVersion();
        db.presets().list(owner, PresetQuery.ALL);
        assertFails(Kind.STALE, () -> db.presets().delete(owner, created.id(), 1L));
        long afterFailure = db.presets().changeVersion();
        db.presets().delete(owner, created.id(), null);

        assertThat(afterCreate).isGreaterThan(start);
        assertThat(afterUpdate).isGreaterThan(afterCreate);
        assertThat(afterFailure).isEqualTo(afterUpdate);
        assertThat(db.presets().changeVersion()).isGreaterThan(afterFailure);
    }

    @Test
    void aFailedCreateLeavesNothingBehind() {
        Viewer owner = newUser();
        String name = unique("Broken ");
        QualityPreset missingBase = Samples.quality(unique("custom_m"), name, "custom_nowhere");

        assertFails(Kind.INVALID, "custom_nowhere", () -> db.presets().create(owner, missingBase, Visibility.PRIVATE));
        assertThat(db.presets()
                        .list(owner, new PresetQuery(null, null, null, name, null, 0, 10))
                        .total())
                .isZero();
    }

    @Test
    void reopeningSeedsNothingTwiceAndResurrectsNothing() {
        String url = newDatabaseUrl();
        long kept;
        long deleted;
        long version;
        try (Database first = Database.open(url, clock)) {
            Viewer owner = Viewer.of(first.users().createUser("owner", null, Role.USER));
            kept = first.presets()
                    .create(owner, Samples.parameter("Kept"), Visibility.PRIVATE)
                    .id();
            deleted = first.presets()
                    .create(owner, Samples.parameter("Deleted"), Visibility.SHARED)
                    .id();
            first.presets().delete(owner, deleted, null);
            version = first.presets().changeVersion();
        }
        for (int reopen = 0; reopen < 2; reopen++) {
            try (Database again = Database.open(url, clock)) {
                Viewer owner = Viewer.of(again.users().findByUsername("owner").orElseThrow());
                Page<StoredPreset> all = again.presets().list(owner, PresetQuery.ALL);

                assertThat(all.items())
                        .extracting(StoredPreset::id)
                        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, kept);
                assertThat(all.items())
                        .extracting(p -> p.preset().id())
                        .startsWith(
                                "memory-efficient",
                                "high-throughput",
                                "low-latency",
                                "balanced",
                                "draft",
                                "standard",
                                "high",
                                "ultra",
                                "x264-speed-and-quality",
                                "image-sampler-sweep");
                assertThat(again.presets().find(owner, deleted)).isEmpty();
                assertThat(again.presets().changeVersion()).isEqualTo(version);
            }
        }
    }
}
