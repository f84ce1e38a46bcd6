package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.value.Value;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A quality preset others are based on cannot be deleted or made private under them: that is a
 * conflict, unless they are detached, which folds the base's values into each so that it resolves
 * exactly as before.
 */
abstract class PresetDependentsContract extends StoreContract {

    @Test
    void deletingABaseOthersStandOnIsAConflictThatCountsThemAndNamesOnlyTheCallersOwn() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        StoredPreset base = create(alice, root(unique("base_")), Visibility.SHARED);
        StoredPreset mine =
                create(alice, derived(unique("mine_"), "Mine " + unique(""), base.slug()), Visibility.PRIVATE);
        String secret = "Bob's secret " + unique("");
        StoredPreset theirs = create(bob, derived(unique("theirs_"), secret, base.slug()), Visibility.PRIVATE);

        assertFails(
                Kind.CONFLICT,
                "2 presets are based on '" + base.slug() + "'",
                () -> db.presets().delete(alice, base.id(), null));

        assertThatConflictOf(() -> db.presets().delete(alice, base.id(), null))
                .contains(mine.preset().name(), mine.slug(), "?detach=true")
                .doesNotContain(secret, theirs.slug());
        assertThat(db.presets().find(alice, base.id())).contains(base);
        assertThat(db.presets().find(bob, theirs.id())).contains(theirs);
    }

    @Test
    void deletingWithDetachFoldsTheBaseIntoEveryDependentWhoeverOwnsItSoEachResolvesAsBefore() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        StoredPreset base = create(alice, root(unique("base_")), Visibility.SHARED);
        StoredPreset mine = create(alice, derived(unique("mine_"), unique("Mine "), base.slug()), Visibility.SHARED);
        StoredPreset theirs =
                create(bob, derived(unique("theirs_"), unique("Theirs "), base.slug()), Visibility.PRIVATE);
        QualityPreset mineBefore = flattened(alice, mine);
        QualityPreset theirsBefore = flattened(bob, theirs);

        db.presets().delete(alice, base.id(), null, true);

        assertThat(db.presets().find(alice, base.id())).isEmpty();
        assertDetached(alice, mine, mineBefore);
        assertDetached(bob, theirs, theirsBefore);
        assertThat(theirsBefore.timeMultiplier()).isEqualTo(2.5);
        assertThat(theirsBefore.parametersFor("image_generation"))
                .containsEntry("steps", Value.of(50))
                .containsEntry("cfg_scale", Value.of(7.5));
    }

    @Test
    void aChainOfTwoKeepsResolvingAsBeforeWhenItsRootIsDeletedWithDetach() {
        Viewer alice = newUser();
        StoredPreset a = create(alice, root(unique("a_")), Visibility.PRIVATE);
        StoredPreset b = create(alice, derived(unique("b_"), unique("B "), a.slug()), Visibility.PRIVATE);
        QualityPreset c = CustomPresetBuilder.create()
                .id(unique("c_"))
                .name(unique("C "))
                .basedOn(b.slug())
                .costMultiplier(3)
                .parameters("image_generation", Map.of("seed", Value.of(7)))
                .build();
        StoredPreset storedC = create(alice, c, Visibility.PRIVATE);
        QualityPreset bBefore = flattened(alice, b);
        QualityPreset cBefore = flattened(alice, storedC);

        assertFails(Kind.CONFLICT, "1 preset is based on", () -> db.presets().delete(alice, a.id(), null));
        db.presets().delete(alice, a.id(), null, true);

        assertDetached(alice, b, bBefore);
        assertThat(db.presets().find(alice, storedC.id())).contains(storedC);
        assertThat(flattened(alice, storedC)).isEqualTo(cBefore);
    }

    @Test
    void makingASharedBasePrivateIsAConflictOnlyForTheDependentsItWouldBreak() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        StoredPreset base = create(alice, root(unique("base_")), Visibility.SHARED);
        StoredPreset minePrivate =
                create(alice, derived(unique("mine_"), unique("Mine "), base.slug()), Visibility.PRIVATE);
        StoredPreset theirs =
                create(bob, derived(unique("theirs_"), unique("Theirs "), base.slug()), Visibility.SHARED);
        QualityPreset theirsBefore = flattened(bob, theirs);

        assertFails(
                Kind.CONFLICT,
                "1 preset is based on '" + base.slug() + "' (none of them yours)",
                () -> db.presets().update(alice, base.id(), base.preset(), Visibility.PRIVATE, null));
        StoredPreset privatised = db.presets().update(alice, base.id(), base.preset(), Visibility.PRIVATE, null, true);

        assertThat(privatised.visibility()).isEqualTo(Visibility.PRIVATE);
        assertDetached(bob, theirs, theirsBefore);
        assertThat(db.presets().find(alice, minePrivate.id())).contains(minePrivate);
        assertThat(db.presets()
                        .qualityCatalog(alice)
                        .resolve(minePrivate.slug())
                        .customs())
                .hasSize(2);
    }

    /** Slugs are unique per owner: a base_preset naming the owner's own preset does not depend on another's. */
    @Test
    void aPresetOnItsOwnersPresetOfTheSameSlugDoesNotDependOnAnotherUsersShared() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        String slug = unique("same_");
        StoredPreset alices = create(alice, root(slug), Visibility.SHARED);
        StoredPreset bobs = create(bob, root(slug), Visibility.PRIVATE);
        StoredPreset onBobs = create(bob, derived(unique("on_"), unique("On "), slug), Visibility.PRIVATE);
        assertThat(bobs.slug()).isEqualTo(alices.slug());

        db.presets().delete(alice, alices.id(), null);

        assertThat(db.presets().find(bob, onBobs.id())).contains(onBobs);
        assertFails(Kind.CONFLICT, "1 preset is based on", () -> db.presets().delete(bob, bobs.id(), null));
    }

    @Test
    void aPresetNobodyStandsOnIsDeletedAndMadePrivateWithoutDetach() {
        Viewer alice = newUser();
        StoredPreset base = create(alice, root(unique("base_")), Visibility.SHARED);

        db.presets().update(alice, base.id(), base.preset(), Visibility.PRIVATE, null);
        db.presets().delete(alice, base.id(), null);

        assertThat(db.presets().find(alice, base.id())).isEmpty();
    }

    private StoredPreset create(Viewer owner, QualityPreset preset, Visibility visibility) {
        return db.presets().create(owner, preset, visibility);
    }

    /** A root on the built-in "high" that sets a little of everything. */
    private static QualityPreset root(String id) {
        return CustomPresetBuilder.create()
                .id(id)
                .name("Root " + id)
                .basedOn("high")
                .timeMultiplier(2.5)
                .resourceScaling("gpu", 1.5)
                .category("image_generation")
                .parameters("image_generation", Map.of("steps", Value.of(42), "cfg_scale", Value.of(7.5)))
                .parameters("audio_generation", Map.of("sample_rate", Value.of(48000)))
                .build();
    }

    private static QualityPreset derived(String id, String name, String base) {
        return CustomPresetBuilder.create()
                .id(id)
                .name(name)
                .basedOn(base)
                .resourceMultiplier(1.25)
                .parameters("image_generation", Map.of("steps", Value.of(50)))
                .build();
    }

    /** What the preset resolves to, as its owner sees it, folded into one preset. */
    private QualityPreset flattened(Viewer owner, StoredPreset preset) {
        return db.presets().qualityCatalog(owner).resolve(preset.slug()).standalone();
    }

    private void assertDetached(Viewer owner, StoredPreset before, QualityPreset flattenedBefore) {
        StoredPreset after = db.presets().find(owner, before.id()).orElseThrow();
        assertThat(after.preset()).isEqualTo(flattenedBefore);
        assertThat(((QualityPreset) after.preset()).basePreset()).isNull();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.visibility()).isEqualTo(before.visibility());
        assertThat(flattened(owner, after)).isEqualTo(flattenedBefore);
        assertThat(db.presets().qualityCatalog(owner).resolve(after.slug()).level())
                .isEqualTo(3);
    }

    private static AbstractStringAssert<?> assertThatConflictOf(ThrowingCallable call) {
        return assertThat(catchThrowable(call)).message();
    }
}
