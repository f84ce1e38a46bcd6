package dev.setpoint.store;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@link PresetStore} on JDBC; every write also bumps the change version in its transaction. */
final class JdbcPresetStore implements PresetStore {

    private static final String BY_ID = PresetRows.SELECT + "WHERE p.id = :id";
    private static final NamedSql VISIBLE_BY_ID = NamedSql.parse(BY_ID + " AND " + PresetRows.VISIBLE);
    private static final NamedSql READ_BY_ID = NamedSql.parse(BY_ID);

    // Owner 0 stands for the system presets, whose names no user may take either.
    private static final NamedSql NAME_TAKEN = NamedSql.parse("""
            SELECT 1 FROM presets WHERE coalesce(owner_id, 0) IN (0, :owner_id) AND name_key = :name_key
                AND id <> :except
            """);

    // A slug the owner has taken inserts nothing and the next candidate is tried (slugs are unique
    // per owner, so a taken slug says nothing about other users); a taken name fails on its unique index.
    private static final NamedSql INSERT = NamedSql.parse("""
            INSERT INTO presets (kind, slug, owner_id, visibility, name, name_key, search_text, category, runtime,
                                 body, revision, created_at, updated_at)
            VALUES (:kind, :slug, :owner_id, :visibility, :name, :name_key, :search_text, :category, :runtime,
                    :body, 1, :now, :now)
            ON CONFLICT (owner_id, slug) DO NOTHING
            RETURNING id
            """);

    private static final NamedSql UPDATE = NamedSql.parse("""
            UPDATE presets SET name = :name, name_key = :name_key, search_text = :search_text, category = :category,
                               runtime = :runtime, body = :body, visibility = :visibility, revision = revision + 1,
                               updated_at = :now
            WHERE id = :id
            """);

    private static final NamedSql DELETE = NamedSql.parse("DELETE FROM presets WHERE id = :id");
    private static final NamedSql BUMP = NamedSql.parse("UPDATE store_changes SET version = version + 1 WHERE id = 1");
    private static final NamedSql VERSION = NamedSql.parse("SELECT version FROM store_changes WHERE id = 1");

    private final Jdbc jdbc;
    private final Clock clock;
    private final PresetRows rows;
    private final PresetListing listing;
    private final QualityDependents dependents;
    private final NamedSql writableById;

    JdbcPresetStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new PresetRows(jdbc.dialect());
        this.listing = new PresetListing(jdbc.dialect(), rows);
        this.dependents = new QualityDependents(jdbc.dialect(), rows, listing);
        this.writableById = NamedSql.parse(BY_ID + jdbc.dialect().forUpdate("p"));
    }

    @Override
    public StoredPreset create(Viewer owner, Preset preset, Visibility visibility) {
        requireUserVisibility(visibility);
        return jdbc.transaction(c -> {
            StoredPreset stored = insertChecked(c, owner, preset, visibility);
            bump(c);
            return stored;
        });
    }

    @Override
    public List<StoredPreset> createAll(Viewer owner, List<Preset> presets, Visibility visibility) {
        requireUserVisibility(visibility);
        return jdbc.transaction(c -> {
            List<StoredPreset> stored = new ArrayList<>(presets.size());
            // A quality preset of the file whose id was taken gets another slug; the file's presets
            // based on it must follow it there, not land on whichever preset holds the old slug.
            Map<String, String> renamed = new HashMap<>();
            for (Preset preset : presets) {
                try {
                    StoredPreset saved = insertChecked(c, owner, PresetRows.basedOn(preset, renamed), visibility);
                    stored.add(saved);
                    if (preset instanceof QualityPreset) {
                        renamed.put(preset.id(), saved.slug());
                    }
                } catch (SetpointException e) {
                    String at = Pointer.of(String.valueOf(stored.size()));
                    throw new SetpointException(
                            e.kind(),
                            e.problems().stream()
                                    .map(p -> new Problem(at + p.path(), p.message()))
                                    .toList());
                }
            }
            bump(c);
            return stored;
        });
    }

    private StoredPreset insertChecked(Connection c, Viewer owner, Preset preset, Visibility visibility)
            throws SQLException {
        dependents.lockBase(c, preset);
        checkNameFree(c, owner, preset.name(), -1);
        long id = insert(c, owner, preset, visibility);
        StoredPreset stored = one(c, READ_BY_ID, id).orElseThrow();
        checkChain(c, owner, stored.preset());
        return stored;
    }

    @Override
    public Optional<StoredPreset> find(Viewer viewer, long id) {
        return jdbc.read(c -> {
            try (NamedStatement statement =
                    VISIBLE_BY_ID.prepare(c, jdbc.dialect()).set("id", id).set("viewer", viewer.userId())) {
                return one(statement);
            }
        });
    }

    @Override
    public Optional<StoredPreset> findBySlug(Viewer viewer, String slug) {
        return jdbc.read(c -> bySlug(c, viewer, "", slug));
    }

    @Override
    public List<StoredPreset> page(Viewer viewer, PresetQuery query) {
        return jdbc.read(c -> listing.page(c, viewer, query));
    }

    @Override
    public long count(Viewer viewer, PresetQuery query) {
        return jdbc.read(c -> listing.count(c, viewer, query));
    }

    @Override
    public List<PresetVersion> pageRevisions(Viewer viewer, PresetQuery query) {
        return jdbc.read(c -> listing.revisions(c, viewer, query));
    }

    @Override
    public List<StoredPreset> findAll(Viewer viewer, Collection<Long> ids) {
        if (ids.size() > PresetQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("at most " + PresetQuery.MAX_LIMIT + " ids at once, not " + ids.size());
        }
        return jdbc.read(c -> listing.visible(c, viewer, ids));
    }

    @Override
    public List<String> categories(Viewer viewer) {
        return jdbc.read(c -> listing.categories(c, viewer));
    }

    @Override
    public StoredPreset update(
            Viewer viewer,
            long id,
            Preset preset,
            @Nullable Visibility visibility,
            @Nullable Long expectedRevision,
            boolean detach) {
        if (visibility != null) {
            requireUserVisibility(visibility);
        }
        return jdbc.transaction(c -> {
            // The base first, as a delete of it does, so the two never wait for each other's rows.
            dependents.lockBase(c, preset);
            StoredPreset current = writable(c, viewer, id, expectedRevision);
            if (!current.kind().equals(preset.kind())) {
                throw SetpointException.invalid(
                        Pointer.of("kind"),
                        "a " + current.kind() + " preset cannot become a " + preset.kind() + " preset");
            }
            // A name kept as it was stays valid even if a later system preset took it (see Seeder).
            if (!Names.normalized(current.preset().name()).equals(Names.normalized(preset.name()))) {
                checkNameFree(c, viewer, preset.name(), id);
            }
            Preset updated = PresetRows.withId(preset, current.slug());
            checkChain(c, viewer, updated);
            if (current.visibility() == Visibility.SHARED && visibility == Visibility.PRIVATE) {
                // Only its owner's private presets still see it; everyone else's break, and so do
                // the owner's shared ones for everyone else.
                cutLoose(
                        c,
                        viewer,
                        current,
                        dependents.of(c, current).stream()
                                .filter(d -> d.ownerId() != viewer.userId() || d.visibility() != Visibility.PRIVATE)
                                .toList(),
                        detach,
                        "make");
            }
            write(c, id, updated, visibility == null ? current.visibility() : visibility);
            bump(c);
            return one(c, READ_BY_ID, id).orElseThrow();
        });
    }

    @Override
    public void delete(Viewer viewer, long id, @Nullable Long expectedRevision, boolean detach) {
        jdbc.transaction(c -> {
            StoredPreset current = writable(c, viewer, id, expectedRevision);
            cutLoose(c, viewer, current, dependents.of(c, current), detach, "delete");
            try (NamedStatement statement = DELETE.prepare(c, jdbc.dialect())) {
                statement.set("id", id).executeUpdate();
            }
            bump(c);
            return null;
        });
    }

    /**
     * Refuses to leave {@code affected} based on a preset they can no longer resolve, unless asked to
     * {@code detach} them: then each gets its chain's values and a new revision, whoever owns it.
     */
    private void cutLoose(
            Connection c, Viewer viewer, StoredPreset base, List<StoredPreset> affected, boolean detach, String change)
            throws SQLException {
        if (affected.isEmpty()) {
            return;
        }
        if (!detach) {
            throw QualityDependents.conflict(viewer, base, affected, change);
        }
        for (StoredPreset dependent : affected) {
            write(c, dependent.id(), dependents.detached(c, dependent, base), dependent.visibility());
        }
    }

    @Override
    public QualityCatalog qualityCatalog(Viewer viewer) {
        return jdbc.read(
                c -> QualityCatalog.builtin().with(SlugResolution.catalog(viewer, listing.customQuality(c, viewer))));
    }

    @Override
    public long changeVersion() {
        return jdbc.read(c -> {
            try (NamedStatement statement = VERSION.prepare(c, jdbc.dialect());
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private long insert(Connection c, Viewer owner, Preset preset, Visibility visibility) throws SQLException {
        String base = preset instanceof QualityPreset ? preset.id() : Names.slug(preset.name());
        Instant now = now();
        try (NamedStatement statement = INSERT.prepare(c, jdbc.dialect())
                .set("kind", preset.kind())
                .set("owner_id", owner.userId())
                .set("visibility", visibility.id())
                .set("now", now)) {
            for (int attempt = 1; ; attempt++) {
                String slug = Slugs.candidate(base, attempt);
                if (SystemPresets.bySlug(slug).isPresent()) {
                    continue; // reserved, like system names
                }
                PresetRows.bindContent(statement.set("slug", slug), PresetRows.withId(preset, slug));
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        return result.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw nameConflictOr(e, preset);
        }
    }

    private void write(Connection c, long id, Preset preset, Visibility visibility) throws SQLException {
        try (NamedStatement statement = UPDATE.prepare(c, jdbc.dialect())) {
            PresetRows.bindContent(statement, preset)
                    .set("visibility", visibility.id())
                    .set("now", now())
                    .set("id", id)
                    .executeUpdate();
        } catch (SQLException e) {
            throw nameConflictOr(e, preset);
        }
    }

    /** The row a viewer wants to change, locked; or why they may not. */
    private StoredPreset writable(Connection c, Viewer viewer, long id, @Nullable Long expectedRevision)
            throws SQLException {
        StoredPreset current = one(c, writableById, id)
                .filter(p -> p.visibility() != Visibility.PRIVATE || p.ownerId() == viewer.userId())
                .orElseThrow(() -> notFound(id));
        if (current.system()) {
            throw new SetpointException(Kind.FORBIDDEN, "", "system presets are read-only; clone it to customise it");
        }
        if (current.ownerId() != viewer.userId()) {
            throw new SetpointException(Kind.FORBIDDEN, "", "only its owner can change it");
        }
        if (expectedRevision != null && expectedRevision != current.revision()) {
            throw new SetpointException(
                    Kind.STALE,
                    "",
                    "preset " + id + " is at revision " + current.revision() + ", not " + expectedRevision
                            + "; reload it and try again");
        }
        return current;
    }

    private void checkNameFree(Connection c, Viewer owner, String name, long except) throws SQLException {
        try (NamedStatement statement = NAME_TAKEN
                .prepare(c, jdbc.dialect())
                .set("owner_id", owner.userId())
                .set("name_key", Names.normalized(name))
                .set("except", except)) {
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    throw conflict(name);
                }
            }
        }
    }

    /** A quality preset's base chain must resolve among the presets its owner can see. */
    private void checkChain(Connection c, Viewer owner, Preset preset) throws SQLException {
        if (!(preset instanceof QualityPreset quality)) {
            return;
        }
        // The preset as it is being written stands for its slug: the owner's own comes first.
        List<StoredPreset> others = listing.customQuality(c, owner).stream()
                .filter(p -> !p.slug().equals(quality.id()))
                .toList();
        List<QualityPreset> catalog = new ArrayList<>(SlugResolution.catalog(owner, others));
        catalog.add(quality);
        try {
            QualityCatalog.builtin().with(catalog).resolve(quality);
        } catch (SetpointException e) {
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
            // A base several users share under its slug is named ambiguously: say so, with their ids.
            if (quality.basePreset() != null) {
                bySlug(c, owner, Pointer.of("base_preset"), quality.basePreset());
            }
            // A missing base is a fault of this preset, not a missing resource of the request.
            throw SetpointException.invalid(e.problems());
        }
    }

    private Optional<StoredPreset> bySlug(Connection c, Viewer viewer, String path, String slug) throws SQLException {
        List<StoredPreset> candidates = new ArrayList<>();
        try (NamedStatement statement = SlugResolution.CANDIDATES
                .prepare(c, jdbc.dialect())
                .set("slug", slug)
                .set("viewer", viewer.userId())) {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    candidates.add(rows.read(result));
                }
            }
        }
        return SlugResolution.pick(viewer, path, slug, candidates);
    }

    /** The preset with the id, read by {@code byId} (which binds {@code :id} only). */
    private Optional<StoredPreset> one(Connection c, NamedSql byId, long id) throws SQLException {
        try (NamedStatement statement = byId.prepare(c, jdbc.dialect()).set("id", id)) {
            return one(statement);
        }
    }

    private Optional<StoredPreset> one(NamedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.of(rows.read(result)) : Optional.empty();
        }
    }

    private void bump(Connection c) throws SQLException {
        try (NamedStatement statement = BUMP.prepare(c, jdbc.dialect())) {
            statement.executeUpdate();
        }
    }

    private RuntimeException nameConflictOr(SQLException e, Preset preset) throws SQLException {
        if (jdbc.dialect().isUniqueViolation(e)) {
            return conflict(preset.name());
        }
        throw e;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireUserVisibility(Visibility visibility) {
        if (visibility == Visibility.SYSTEM) {
            throw SetpointException.invalid(Pointer.of("visibility"), "visibility must be private or shared");
        }
    }

    private static SetpointException conflict(String name) {
        return new SetpointException(
                Kind.CONFLICT, Pointer.of("name"), "a preset named '" + name.strip() + "' already exists");
    }

    private static SetpointException notFound(long id) {
        return SetpointException.notFound("", "no preset with id " + id);
    }
}
