package dev.setpoint.store;

import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.quality.QualityCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Presets of both kinds with owners, visibility and revisions.
 *
 * <p>A viewer sees system presets, shared presets and their own private presets; anything else is
 * reported as NOT_FOUND, never FORBIDDEN, so that its existence does not leak. Admins follow the
 * same rules. Failures are {@link dev.setpoint.core.SetpointException}s: INVALID, NOT_FOUND,
 * FORBIDDEN (system presets, other users' shared presets), CONFLICT (duplicate name), STALE
 * (expected revision is not the current one).
 */
public interface PresetStore {

    /**
     * Stores a new preset owned by {@code owner}. Its slug, which becomes {@code preset.id()} of the
     * result, is the quality preset's id or the slug of the parameter preset's name, made unique
     * among the owner's presets and the system presets with a numeric suffix. A quality preset's base chain must resolve among the presets the
     * owner can see.
     *
     * @param visibility PRIVATE or SHARED
     */
    StoredPreset create(Viewer owner, Preset preset, Visibility visibility);

    /**
     * Stores several presets in one transaction, in order, so that a quality preset may be based on
     * one before it: all are stored or none. The problems of a failure have paths that start with
     * the failing preset's index in {@code presets} ({@code /2/name}).
     */
    List<StoredPreset> createAll(Viewer owner, List<Preset> presets, Visibility visibility);

    Optional<StoredPreset> find(Viewer viewer, long id);

    /**
     * The preset a slug names for the viewer. Slugs are unique per owner, so several presets may
     * have one: the viewer's own comes first, then the system preset, then another user's shared
     * preset if only one has that slug.
     *
     * @throws dev.setpoint.core.SetpointException CONFLICT, naming owners and ids, when several other
     *     users share presets with that slug and the viewer has none of their own
     */
    Optional<StoredPreset> findBySlug(Viewer viewer, String slug);

    /** One page with the total number of matches. */
    default Page<StoredPreset> list(Viewer viewer, PresetQuery query) {
        return new Page<>(page(viewer, query), count(viewer, query), query.offset(), query.limit());
    }

    /** The presets of the query's page, without counting every match. */
    List<StoredPreset> page(Viewer viewer, PresetQuery query);

    /** How many presets the viewer can see match the query's filters (its offset and limit aside). */
    long count(Viewer viewer, PresetQuery query);

    /**
     * The ids and revisions of the query's page, in its order, without reading the presets: with
     * {@link #findAll}, what a cache of presets by {@link PresetVersion} needs.
     */
    List<PresetVersion> pageRevisions(Viewer viewer, PresetQuery query);

    /** Those of the presets with these ids that the viewer can see, in id order; unknown ids are left out. */
    List<StoredPreset> findAll(Viewer viewer, Collection<Long> ids);

    /** Every distinct category among the presets the viewer can see, sorted. */
    List<String> categories(Viewer viewer);

    /** As {@link #update(Viewer, long, Preset, Visibility, Long, boolean)}, detaching nothing. */
    default StoredPreset update(Viewer viewer, long id, Preset preset, Visibility visibility, Long expectedRevision) {
        return update(viewer, id, preset, visibility, expectedRevision, false);
    }

    /**
     * Replaces the preset (optional fields left out are cleared); its slug stays. A shared quality
     * preset made private would break the presets based on it that its owner's private ones are not
     * (another user's cannot see it, and the owner's shared ones break for everyone else): CONFLICT,
     * saying how many, unless {@code detach}, which first folds its values into each of them
     * ({@link dev.setpoint.core.quality.ResolvedQuality#standalone()}), all in one transaction.
     *
     * @param visibility null keeps the current visibility
     * @param expectedRevision null skips the check
     */
    StoredPreset update(
            Viewer viewer,
            long id,
            Preset preset,
            @Nullable Visibility visibility,
            @Nullable Long expectedRevision,
            boolean detach);

    /** As {@link #delete(Viewer, long, Long, boolean)}, detaching nothing. */
    default void delete(Viewer viewer, long id, @Nullable Long expectedRevision) {
        delete(viewer, id, expectedRevision, false);
    }

    /**
     * Deletes the preset. A quality preset that others are based on, whoever owns them, is CONFLICT
     * (saying how many, naming only the viewer's own) unless {@code detach}, which first folds its
     * values into each of them, as {@link #update} does, in the same transaction.
     *
     * @param expectedRevision null skips the check
     */
    void delete(Viewer viewer, long id, @Nullable Long expectedRevision, boolean detach);

    /** The built-ins plus every custom quality preset the viewer can see. */
    QualityCatalog qualityCatalog(Viewer viewer);

    /**
     * A number that grows with every committed preset write, from any process sharing the
     * database. A cache that saw the same number before may serve what it cached then.
     */
    long changeVersion();
}
