package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.InferenceRuntime;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Value;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Names compared after NFKC and case folding, slugs unique per owner and how a slug resolves,
 * seeding beside a user who holds a would-be system name, and what migration V13 does to stored rows.
 */
abstract class PresetNamesContract extends StoreContract {

    @Test
    void namesThatOnlyLookDifferentAreTheSameName() {
        Viewer owner = newUser();
        db.presets().create(owner, Samples.parameter("Mine"), Visibility.PRIVATE);

        for (String lookalike : new String[] {"ＭＩＮＥ", "Mİne", "MINE", " mine", "Ｍine"}) {
            assertFails(
                    Kind.CONFLICT,
                    "already exists",
                    () -> db.presets().create(owner, Samples.parameter(lookalike), Visibility.PRIVATE));
        }
        assertFails(
                Kind.INVALID,
                "U+200B ZERO WIDTH SPACE at position 5",
                () -> db.presets().create(owner, Samples.parameter("Mine\u200B"), Visibility.PRIVATE));
        assertFails(
                Kind.CONFLICT,
                "a preset named 'ＢＡＬＡＮＣＥＤ' already exists",
                () -> db.presets().create(owner, Samples.parameter("ＢＡＬＡＮＣＥＤ"), Visibility.PRIVATE));
    }

    @Test
    void slugsAreUniquePerOwnerSoATakenOneSaysNothingAboutOtherUsers() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        String name = unique("RT full ");
        StoredPreset hers = db.presets().create(alice, Samples.parameter(name), Visibility.PRIVATE);
        StoredPreset his = db.presets().create(bob, Samples.parameter(name), Visibility.PRIVATE);
        StoredPreset hersAgain = db.presets().create(alice, Samples.parameter(name + "!"), Visibility.PRIVATE);
        String id = unique("custom_dup");
        StoredPreset quality = db.presets().create(alice, Samples.quality(id, unique("Q "), null), Visibility.PRIVATE);
        StoredPreset sameId = db.presets().create(alice, Samples.quality(id, unique("Q "), null), Visibility.PRIVATE);
        StoredPreset othersId = db.presets().create(bob, Samples.quality(id, unique("Q "), null), Visibility.PRIVATE);
        StoredPreset likeSystem = db.presets().create(alice, Samples.parameter("Balanced!"), Visibility.PRIVATE);

        assertThat(his.slug()).isEqualTo(hers.slug());
        assertThat(hersAgain.slug()).isEqualTo(hers.slug() + "-2");
        assertThat(hersAgain.preset().id()).isEqualTo(hersAgain.slug());
        assertThat(sameId.slug()).isEqualTo(quality.slug() + "-2");
        assertThat(othersId.slug()).isEqualTo(id);
        assertThat(likeSystem.slug()).as("system slugs are reserved").isEqualTo("balanced-2");
    }

    @Test
    void aSlugNamesTheViewersOwnPresetThenTheSystemOneThenTheOneSharedByAnother() {
        Viewer alice = newUser();
        Viewer bob = newUser();
        Viewer carol = newUser();
        Viewer dave = newUser();
        String id = unique("custom_shared");
        StoredPreset bobs = db.presets().create(bob, Samples.quality(id, unique("B "), "high"), Visibility.SHARED);
        StoredPreset carols = db.presets().create(carol, Samples.quality(id, unique("C "), "draft"), Visibility.SHARED);
        StoredPreset daves = db.presets().create(dave, Samples.quality(id, unique("D "), null), Visibility.PRIVATE);

        assertThat(db.presets().findBySlug(bob, id)).contains(bobs);
        assertThat(db.presets().findBySlug(dave, id)).contains(daves);
        assertThat(db.presets().qualityCatalog(dave).resolve(id).level()).isEqualTo(2);
        assertThat(db.presets().qualityCatalog(bob).resolve(id).level()).isEqualTo(3);
        assertThat(db.presets().findBySlug(alice, "high"))
                .get()
                .extracting(StoredPreset::id)
                .isEqualTo(7L);
        assertFails(
                Kind.CONFLICT,
                "several users share: " + bobs.owner() + "'s (id " + bobs.id() + "), " + carols.owner() + "'s (id "
                        + carols.id() + "); use the numeric id",
                () -> db.presets().findBySlug(alice, id));
        assertFails(
                Kind.CONFLICT,
                "use the numeric id",
                () -> db.presets()
                        .create(
                                alice,
                                Samples.quality(unique("custom_child"), unique("Child "), id),
                                Visibility.PRIVATE));
        assertThat(db.presets().qualityCatalog(alice).find(id)).isEmpty();

        db.presets().delete(carol, carols.id(), null);
        assertThat(db.presets().findBySlug(alice, id)).contains(bobs);
        assertThat(db.presets().qualityCatalog(alice).resolve(id).level()).isEqualTo(3);
    }

    /**
     * A database made before the tuning presets shipped gets them at its next start, after the quality
     * levels, and the ids it had keep their presets.
     */
    @Test
    void aDatabaseFromBeforeTheTuningPresetsGetsThemWithTheNextIdsAtItsNextStart() throws SQLException {
        String url = newDatabaseUrl();
        try (Database store = Database.open(url, clock)) {
            try (Connection c = store.dataSource().getConnection()) {
                TestSql.update(c, "DELETE FROM presets WHERE id > 8 AND owner_id IS NULL");
            }
        }

        try (Database store = Database.open(url, clock)) {
            Viewer anyone = Viewer.of(store.users().createUser("newcomer", null, Role.USER));
            assertThat(java.util.stream.LongStream.rangeClosed(1, 10)
                            .mapToObj(id -> store.presets().find(anyone, id).orElseThrow())
                            .map(p -> p.preset().name()))
                    .containsExactly(
                            "Memory Efficient",
                            "High Throughput",
                            "Low Latency",
                            "Balanced",
                            "Draft",
                            "Standard",
                            "High Quality",
                            "Ultra Quality",
                            "x264 Speed and Quality",
                            "Image Sampler Sweep");
            assertThat(store.presets().findBySlug(anyone, "x264-speed-and-quality"))
                    .get()
                    .extracting(StoredPreset::id, StoredPreset::system)
                    .containsExactly(9L, true);
        }
    }

    /** A later Setpoint ships a system preset whose name and slug a user already has: seeding goes on. */
    @Test
    void seedingBesideAUserWhoHoldsAWouldBeSystemNameKeepsBoth() throws SQLException {
        try (Database store = Database.open(newDatabaseUrl(), clock)) {
            try (Connection c = store.dataSource().getConnection()) {
                TestSql.update(c, "DELETE FROM presets WHERE id = 4");
            }
            Viewer owner = Viewer.of(store.users().createUser("early", null, Role.USER));
            Viewer other = Viewer.of(store.users().createUser("later", null, Role.USER));
            long id = store.presets()
                    .create(owner, Samples.parameter("Balanced"), Visibility.SHARED)
                    .id();
            try (Connection c = store.dataSource().getConnection()) {
                // What an earlier Setpoint, whose system presets had no Balanced, would have given it.
                TestSql.update(
                        c,
                        "UPDATE presets SET slug = 'balanced', body = "
                                + (store.dialect() == Dialect.SQLITE
                                        ? "json_set(body, '$.id', 'balanced')"
                                        : "jsonb_set(body, '{id}', '\"balanced\"')")
                                + " WHERE id = " + id);
            }
            StoredPreset users = store.presets().find(owner, id).orElseThrow();

            Seeder.seed(new Jdbc(store.dataSource(), store.dialect()), clock);

            assertThat(users.slug()).isEqualTo("balanced");
            assertThat(store.presets().find(owner, 4))
                    .get()
                    .extracting(StoredPreset::system)
                    .isEqualTo(true);
            assertThat(store.presets().find(owner, users.id())).contains(users);
            assertThat(store.presets().findBySlug(owner, "balanced")).contains(users);
            assertThat(store.presets().findBySlug(other, "balanced"))
                    .get()
                    .extracting(StoredPreset::id)
                    .isEqualTo(4L);
            assertThat(store.presets()
                            .update(owner, users.id(), Samples.parameter("balanced"), null, null)
                            .revision())
                    .as("a name kept as it was stays valid")
                    .isEqualTo(2);
            assertFails(
                    Kind.CONFLICT,
                    () -> store.presets().create(other, Samples.parameter("Balanced"), Visibility.PRIVATE));
        }
    }

    @Test
    void anUpgradedStoreKeepsSlugsAndIdsAndBringsStoredNamesAndRuntimesToTheRules() throws SQLException {
        String url = newDatabaseUrl();
        Dialect dialect = Dialect.of(url);
        Flyway.configure()
                .dataSource(url, null, null)
                .locations(dialect.migrations())
                .target("12")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url)) {
            insertUser(c, dialect, 7, "old");
            insertPreset(
                    c,
                    dialect,
                    5001,
                    "rt-full",
                    "RT full",
                    "rt full",
                    "vllm",
                    "{\"name\": \"RT full\", \"runtime\": \"vllm\", \"parameters\": {\"tp-size\": [2]},"
                            + " \"metadata\": {\"author\": \"me\", \"runtime\": \"sglang\"}}");
            insertPreset(
                    c,
                    dialect,
                    5002,
                    "mine",
                    "Mine",
                    "mine",
                    null,
                    "{\"name\": \"Mine\", \"runtime\": null, \"parameters\": {\"tp-size\": [2]}}");
            insertPreset(
                    c,
                    dialect,
                    5003,
                    "mine-2",
                    "ＭＩＮＥ",
                    "ｍｉｎｅ",
                    null,
                    "{\"name\": \"ＭＩＮＥ\", \"runtime\": null, \"parameters\": {\"tp-size\": [2]}}");
            insertPreset(
                    c,
                    dialect,
                    5004,
                    "strasse",
                    "Straße",
                    "straße",
                    null,
                    "{\"name\": \"Straße\", \"runtime\": null, \"parameters\": {\"tp-size\": [2]}}");
            insertPreset(
                    c,
                    dialect,
                    5005,
                    "evil",
                    "Evil\u202Eexe\n",
                    "evil\u202Eexe",
                    null,
                    "{\"name\": \"Evil\u202Eexe\\n\", \"runtime\": null, \"parameters\": {\"$(id)\": [1],"
                            + " \"tp-size\": [2]}, \"metadata\": {\"author\": \"me\"}}");
            insertPreset(
                    c,
                    dialect,
                    5006,
                    "mine-3",
                    "Mine\u200B",
                    "mine\u200B",
                    null,
                    "{\"name\": \"Mine\u200B\", \"runtime\": null, \"parameters\": {}}");
        }

        try (Database store = Database.open(url, clock)) {
            Viewer old = new Viewer(7, false);
            StoredPreset evil = store.presets().find(old, 5005).orElseThrow();
            assertThat(evil.preset().name()).isEqualTo("Evilexe");
            assertThat(((ParameterPreset) evil.preset()).parameters()).containsOnlyKeys("tp-size");
            assertThat(evil.preset().metadata().extra())
                    .containsEntry("invalid_parameter_names", new Value.Obj(Map.of("$(id)", Value.arr(Value.of(1)))));
            assertThat(store.presets().find(old, 5006))
                    .get()
                    .extracting(p -> p.preset().name())
                    .isEqualTo("Mine (5006)");
            StoredPreset rt = store.presets().find(old, 5001).orElseThrow();
            assertThat(rt.slug()).isEqualTo("rt-full");
            assertThat(((ParameterPreset) rt.preset()).runtime()).isEqualTo(InferenceRuntime.VLLM);
            assertThat(rt.preset().metadata().extra()).doesNotContainKey("runtime");
            assertThat(rt.preset().metadata().author()).isEqualTo("me");
            assertThat(rt.revision()).isEqualTo(2);
            assertThat(store.presets()
                            .list(old, new PresetQuery(null, null, "vllm", null, null, 0, 10))
                            .items())
                    .extracting(StoredPreset::id)
                    .containsExactly(5001L);
            assertThat(store.presets().find(old, 5003))
                    .get()
                    .extracting(p -> p.preset().name())
                    .isEqualTo("ＭＩＮＥ");
            assertFails(
                    Kind.CONFLICT, () -> store.presets().create(old, Samples.parameter("STRASSE"), Visibility.PRIVATE));

            Viewer fresh = Viewer.of(store.users().createUser("fresh", null, Role.USER));
            StoredPreset same = store.presets().create(fresh, Samples.parameter("RT full"), Visibility.PRIVATE);
            assertThat(same.slug()).isEqualTo("rt-full");
            assertThat(same.id()).isGreaterThanOrEqualTo(1001);
        }
    }

    private static void insertUser(Connection c, Dialect dialect, long id, String name) throws SQLException {
        try (NamedStatement statement = NamedSql.parse(
                        "INSERT INTO users (id, username, role, created_at) VALUES (:id, :username, 'user', :created_at)")
                .prepare(c, dialect)) {
            statement
                    .set("id", id)
                    .set("username", name)
                    .set("created_at", Instant.EPOCH)
                    .executeUpdate();
        }
    }

    /** A row as an earlier Setpoint wrote it: name key trimmed and lower-cased only. */
    private static void insertPreset(
            Connection c, Dialect dialect, long id, String slug, String name, String key, String runtime, String body)
            throws SQLException {
        try (NamedStatement statement = NamedSql.parse("""
                INSERT INTO presets (id, kind, slug, owner_id, visibility, name, name_key, search_text, runtime,
                                     body, revision, created_at, updated_at)
                VALUES (:id, 'parameter', :slug, 7, 'private', :name, :name_key, :name_key, :runtime, :body, 1,
                        :created_at, :created_at)
                """).prepare(c, dialect)) {
            statement
                    .set("id", id)
                    .set("slug", slug)
                    .set("name", name)
                    .set("name_key", key)
                    .set("runtime", runtime)
                    .setJson("body", body)
                    .set("created_at", Instant.EPOCH)
                    .executeUpdate();
        }
    }
}
