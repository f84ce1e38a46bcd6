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
import java.sql.PreparedStatement;
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

/** {@link PresetStore} on JDBC; every write also bumps the change version in its transaction. */
final class JdbcPresetStore implements PresetStore {

    private static final String BY_ID = PresetRows.SELECT + "WHERE p.id = ?";
    private static final String VISIBLE_BY_ID = BY_ID + " AND " + PresetRows.VISIBLE;

    // Owner 0 stands for the system presets, whose names no user may take either.
    private static final String NAME_TAKEN = """
            SELECT 1 FROM presets WHERE coalesce(owner_id, 0) IN (0, ?) AND name_key = ? AND id <> ?
            """;

    // A slug the owner has taken inserts nothing and the next candidate is tried (slugs are unique
    // per owner, so a taken slug says nothing about other users); a taken name fails on its unique index.
    private static final String INSERT = """
            INSERT INTO presets (kind, slug, owner_id, visibility, name, name_key, search_text, category, runtime,
                                 body, revision, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %s, 1, ?, ?)
            ON CONFLICT (owner_id, slug) DO NOTHING
            RETURNING id
            """;

    private static final String UPDATE = """
            UPDATE presets SET name = ?, name_key = ?, search_text = ?, category = ?, runtime = ?, body = %s,
                               visibility = ?, revision = revision + 1, updated_at = ?
            WHERE id = ?
            """;

    private static final String DELETE = "DELETE FROM presets WHERE id = ?";
    private static final String BUMP = "UPDATE store_changes SET version = version + 1 WHERE id = 1";
    private static final String VERSION = "SELECT version FROM store_changes WHERE id = 1";

    private final Jdbc jdbc;
    private final Clock clock;
    private final PresetRows rows;
    private final PresetListing listing;
    private final QualityDependents dependents;
    private final String insert;
    private final String update;
    private final String writableById;

    JdbcPresetStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = new PresetRows(jdbc.dialect());
        this.listing = new PresetListing(rows);
        this.dependents = new QualityDependents(jdbc.dialect(), rows, listing);
        this.insert = INSERT.formatted(jdbc.dialect().jsonParameter());
        this.update = UPDATE.formatted(jdbc.dialect().jsonParameter());
        this.writableById = BY_ID + jdbc.dialect().forUpdate("p");
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
                    throw new SetpointException(e.kind(), e.problems().stream()
                            .map(p -> new Problem(at + p.path(), p.message())).toList());
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
        StoredPreset stored = one(c, BY_ID, id).orElseThrow();
        checkChain(c, owner, stored.preset());
        return stored;
    }

    @Override
    public Optional<StoredPreset> find(Viewer viewer, long id) {
        return jdbc.read(c -> one(c, VISIBLE_BY_ID, id, viewer.userId()));
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
    public StoredPreset update(Viewer viewer, long id, Preset preset, Visibility visibility, Long expectedRevision,
            boolean detach) {
        if (visibility != null) {
            requireUserVisibility(visibility);
        }
        return jdbc.transaction(c -> {
            // The base first, as a delete of it does, so the two never wait for each other's rows.
            dependents.lockBase(c, preset);
            StoredPreset current = writable(c, viewer, id, expectedRevision);
            if (!current.kind().equals(preset.kind())) {
                throw SetpointException.invalid(Pointer.of("kind"), "a " + current.kind()
                        + " preset cannot become a " + preset.kind() + " preset");
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
                cutLoose(c, viewer, current, dependents.of(c, current).stream()
                        .filter(d -> d.ownerId() != viewer.userId() || d.visibility() != Visibility.PRIVATE)
                        .toList(), detach, "make");
            }
            write(c, id, updated, visibility == null ? current.visibility() : visibility);
            bump(c);
            return one(c, BY_ID, id).orElseThrow();
        });
    }

    @Override
    public void delete(Viewer viewer, long id, Long expectedRevision, boolean detach) {
        jdbc.transaction(c -> {
            StoredPreset current = writable(c, viewer, id, expectedRevision);
            cutLoose(c, viewer, current, dependents.of(c, current), detach, "delete");
            try (PreparedStatement statement = c.prepareStatement(DELETE)) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
            bump(c);
            return null;
        });
    }

    /**
     * Refuses to leave {@code affected} based on a preset they can no longer resolve, unless asked to
     * {@code detach} them: then each gets its chain's values and a new revision, whoever owns it.
     */
    private void cutLoose(Connection c, Viewer viewer, StoredPreset base, List<StoredPreset> affected,
            boolean detach, String change) throws SQLException {
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
        return jdbc.read(c -> QualityCatalog.builtin()
                .with(SlugResolution.catalog(viewer, listing.customQuality(c, viewer))));
    }

    @Override
    public long changeVersion() {
        return jdbc.read(c -> {
            try (PreparedStatement statement = c.prepareStatement(VERSION);
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private long insert(Connection c, Viewer owner, Preset preset, Visibility visibility) throws SQLException {
        String base = preset instanceof QualityPreset ? preset.id() : Names.slug(preset.name());
        Instant now = now();
        try (PreparedStatement statement = c.prepareStatement(insert)) {
            for (int attempt = 1; ; attempt++) {
                String slug = Slugs.candidate(base, attempt);
                if (SystemPresets.bySlug(slug).isPresent()) {
                    continue; // reserved, like system names
                }
                statement.setString(1, preset.kind());
                statement.setString(2, slug);
                statement.setLong(3, owner.userId());
                statement.setString(4, visibility.id());
                int next = PresetRows.bindContent(statement, 5, PresetRows.withId(preset, slug));
                jdbc.dialect().setInstant(statement, next, now);
                jdbc.dialect().setInstant(statement, next + 1, now);
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
        try (PreparedStatement statement = c.prepareStatement(update)) {
            int next = PresetRows.bindContent(statement, 1, preset);
            statement.setString(next, visibility.id());
            jdbc.dialect().setInstant(statement, next + 1, now());
            statement.setLong(next + 2, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw nameConflictOr(e, preset);
        }
    }

    /** The row a viewer wants to change, locked; or why they may not. */
    private StoredPreset writable(Connection c, Viewer viewer, long id, Long expectedRevision) throws SQLException {
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
            throw new SetpointException(Kind.STALE, "", "preset " + id + " is at revision " + current.revision()
                    + ", not " + expectedRevision + "; reload it and try again");
        }
        return current;
    }

    private void checkNameFree(Connection c, Viewer owner, String name, long except) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(NAME_TAKEN)) {
            statement.setLong(1, owner.userId());
            statement.setString(2, Names.normalized(name));
            statement.setLong(3, except);
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
                .filter(p -> !p.slug().equals(quality.id())).toList();
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
        try (PreparedStatement statement = c.prepareStatement(SlugResolution.CANDIDATES)) {
            statement.setString(1, slug);
            statement.setLong(2, viewer.userId());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    candidates.add(rows.read(result));
                }
            }
        }
        return SlugResolution.pick(viewer, path, slug, candidates);
    }

    private Optional<StoredPreset> one(Connection c, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(rows.read(result)) : Optional.empty();
            }
        }
    }

    private static void bump(Connection c) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(BUMP)) {
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
        return new SetpointException(Kind.CONFLICT, Pointer.of("name"),
                "a preset named '" + name.strip() + "' already exists");
    }

    private static SetpointException notFound(long id) {
        return SetpointException.notFound("", "no preset with id " + id);
    }
}
