package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.InferenceRuntime;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, search, sort and pages of preset lists, and the categories for a filter. */
abstract class PresetQueryContract extends StoreContract {

    private final String tag = unique("q");
    private Viewer alice;
    private Viewer bob;
    private StoredPreset bravo;
    private StoredPreset alpha;
    private StoredPreset delta;

    @BeforeAll
    void createPresets() {
        alice = newUser();
        bob = newUser();
        create(alice, tag + " Charlie", "cat-a-" + tag, InferenceRuntime.SGLANG, "Plain", Visibility.PRIVATE);
        bravo = create(
                alice,
                tag + " bravo",
                "cat-a-" + tag,
                InferenceRuntime.VLLM,
                "Has a NEEDLE inside",
                Visibility.PRIVATE);
        alpha = create(bob, tag + " alpha", "cat-b-" + tag, InferenceRuntime.VLLM, "", Visibility.SHARED);
        delta = create(bob, tag + " delta", "cat-c-" + tag, null, "", Visibility.PRIVATE);
        create(alice, tag + " 100% echo_x", null, null, "", Visibility.PRIVATE);
        clock.advance(Duration.ofSeconds(1));
        db.presets()
                .create(
                        alice,
                        Samples.quality(unique("custom_qq"), tag + " foxtrot quality", null),
                        Visibility.PRIVATE);
        clock.advance(Duration.ofSeconds(1));
        bravo = db.presets().update(alice, bravo.id(), bravo.preset(), null, null);
    }

    @Test
    void listShowsWhatTheViewerCanSeeWithTotals() {
        Page<StoredPreset> page = db.presets().list(alice, query(null, null, null, tag, "name", 0, 50));

        assertThat(names(page)).containsExactly("100% echo_x", "alpha", "bravo", "charlie", "foxtrot quality");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void listFiltersByKindCategoryAndRuntime() {
        assertThat(names(db.presets().list(alice, query("quality", null, null, tag, null, 0, 50))))
                .containsExactly("foxtrot quality");
        assertThat(names(db.presets().list(alice, query("parameter", "cat-a-" + tag, null, null, "name", 0, 50))))
                .containsExactly("bravo", "charlie");
        assertThat(names(db.presets().list(alice, query(null, null, "vllm", tag, "name", 0, 50))))
                .containsExactly("alpha", "bravo");
        assertThat(db.presets()
                        .list(alice, query(null, "cat-c-" + tag, null, null, null, 0, 50))
                        .total())
                .isZero();
    }

    @Test
    void searchMatchesNameOrDescriptionIgnoringCaseAndTakesWildcardsLiterally() {
        assertThat(names(db.presets().list(alice, query(null, null, null, "needle", null, 0, 50))))
                .containsExactly("bravo");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag.toUpperCase() + " CHAR", null, 0, 50))))
                .containsExactly("charlie");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag + " 100%", null, 0, 50))))
                .containsExactly("100% echo_x");
        assertThat(db.presets()
                        .list(alice, query(null, null, null, tag + " 1_0", null, 0, 50))
                        .total())
                .isZero();
        assertThat(names(db.presets().list(alice, query(null, null, null, "echo_x", null, 0, 50))))
                .containsExactly("100% echo_x");
    }

    @Test
    void listSortsByNameTimesAndId() {
        assertThat(names(db.presets().list(alice, query(null, null, null, tag, "-name", 0, 50))))
                .containsExactly("foxtrot quality", "charlie", "bravo", "alpha", "100% echo_x");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag, "id", 0, 50))))
                .containsExactly("charlie", "bravo", "alpha", "100% echo_x", "foxtrot quality");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag, "-updated_at", 0, 1))))
                .containsExactly("bravo");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag, "updated_at", 0, 50))))
                .endsWith("bravo");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag, "created_at", 0, 50))))
                .containsExactly("charlie", "bravo", "alpha", "100% echo_x", "foxtrot quality");
        assertThat(names(db.presets().list(alice, query(null, null, null, tag, "-created_at", 0, 50))))
                .containsExactly("foxtrot quality", "100% echo_x", "alpha", "bravo", "charlie");
    }

    @Test
    void pagesCarryTheTotalOfAllMatches() {
        Page<StoredPreset> second = db.presets().list(alice, query(null, null, null, tag, "name", 2, 2));
        Page<StoredPreset> beyond = db.presets().list(alice, query(null, null, null, tag, "name", 10, 2));

        assertThat(names(second)).containsExactly("bravo", "charlie");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.offset()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void pageRevisionsNameThePagesPresetsInOrderWithTheirCurrentRevisions() {
        for (String sort : PresetQuery.SORTS) {
            PresetQuery query = query(null, null, null, tag, sort, 1, 3);
            assertThat(db.presets().pageRevisions(alice, query))
                    .as(sort)
                    .isEqualTo(db.presets().page(alice, query).stream()
                            .map(PresetVersion::of)
                            .toList());
        }
        assertThat(db.presets().pageRevisions(alice, query(null, null, null, tag + " bravo", null, 0, 50)))
                .containsExactly(new PresetVersion(bravo.id(), 2));
    }

    @Test
    void findAllReturnsOnlyWhatTheViewerCanSeeInIdOrder() {
        List<StoredPreset> found =
                db.presets().findAll(alice, List.of(delta.id(), alpha.id(), bravo.id(), 999_999_999L));

        assertThat(found).extracting(StoredPreset::id).containsExactly(bravo.id(), alpha.id());
        assertThat(found.get(0)).isEqualTo(db.presets().find(alice, bravo.id()).orElseThrow());
        assertThat(db.presets().findAll(alice, List.of())).isEmpty();
    }

    @Test
    void categoriesComeFromEveryPresetTheViewerCanSee() {
        List<String> categories = db.presets().categories(alice);

        assertThat(categories)
                .contains("cat-a-" + tag, "cat-b-" + tag, "general", "memory", "performance")
                .doesNotContain("cat-c-" + tag)
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(db.presets().categories(bob))
                .contains("cat-b-" + tag, "cat-c-" + tag)
                .doesNotContain("cat-a-" + tag);
    }

    private StoredPreset create(
            Viewer owner,
            String name,
            String category,
            InferenceRuntime runtime,
            String description,
            Visibility visibility) {
        clock.advance(Duration.ofSeconds(1));
        return db.presets().create(owner, Samples.parameter(name, category, runtime, description), visibility);
    }

    /** Filters at their limit reach the database; longer ones are refused before it, naming the limit. */
    @Test
    void stringFiltersUpToTheirLimitAreQueriedLongerOnesRefused() {
        String most = "\u00fc\u2603".repeat(PresetQuery.MAX_FILTER_LENGTH / 2);
        assertThat(db.presets()
                        .list(alice, query(null, most, most, most, null, 0, 50))
                        .total())
                .isZero();
        assertThatThrownBy(() -> query(null, null, null, most + "x", null, 0, 50))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("q must be at most 200 characters, not 201");
        assertThatThrownBy(() -> new JobQuery(null, "t".repeat(201), 0, 50))
                .hasMessageContaining("template must be at most 200 characters, not 201");
    }

    private static PresetQuery query(
            String kind, String category, String runtime, String search, String sort, int offset, int limit) {
        return new PresetQuery(kind, category, runtime, search, sort, offset, limit);
    }

    private List<String> names(Page<StoredPreset> page) {
        return page.items().stream()
                .map(p -> p.preset().name().substring(tag.length() + 1).toLowerCase(Locale.ROOT))
                .toList();
    }
}
