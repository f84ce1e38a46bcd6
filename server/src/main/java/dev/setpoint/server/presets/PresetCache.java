package dev.setpoint.server.presets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.store.PresetQuery;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.PresetVersion;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The in-process caches of the store's reads. A cached preset, quality catalog or list count is
 * served only while the store's change version is the one it was cached under, so a write
 * acknowledged by any instance on the same database is never followed by a stale read. A caller reads
 * the version once (one small query) and asks for everything it needs under it.
 */
final class PresetCache {

    private final PresetStore store;
    private final Cache<Key, Versioned<StoredPreset>> presets =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<Long, Versioned<QualityCatalog>> catalogs =
            Caffeine.newBuilder().maximumSize(1_000).build();
    private final Cache<CountKey, Versioned<Long>> counts =
            Caffeine.newBuilder().maximumSize(10_000).build();
    // By id, served only at the revision asked for: a revision never changes (see PresetVersion).
    private final Cache<Long, StoredPreset> revisions =
            Caffeine.newBuilder().maximumSize(20_000).build();

    private record Key(long viewer, long id) {}

    /** A list's filters: what its total depends on besides the viewer. */
    private record CountKey(
            long viewer,
            @Nullable String kind,
            @Nullable String category,
            @Nullable String runtime,
            @Nullable String search) {
        static CountKey of(Viewer viewer, PresetQuery query) {
            return new CountKey(viewer.userId(), query.kind(), query.category(), query.runtime(), query.search());
        }
    }

    private record Versioned<T>(long version, T value) {}

    PresetCache(PresetStore store) {
        this.store = store;
    }

    /** A preset the viewer can see; NOT_FOUND otherwise (whether or not it exists). */
    StoredPreset get(Viewer viewer, long id, long version) {
        return current(
                presets,
                new Key(viewer.userId(), id),
                version,
                () -> store.find(viewer, id).orElseThrow(() -> notFound(id)));
    }

    /** The built-ins plus the custom quality presets the viewer can see. */
    QualityCatalog qualityCatalog(Viewer viewer, long version) {
        return current(catalogs, viewer.userId(), version, () -> store.qualityCatalog(viewer));
    }

    /** How many presets match the query's filters: counting walks all of them, so it is cached until a write. */
    long count(Viewer viewer, PresetQuery query, long version) {
        return current(counts, CountKey.of(viewer, query), version, () -> store.count(viewer, query));
    }

    /**
     * The presets of a page in its order; only those not cached at their revision are read. One
     * changed or deleted since the page was read shows as it is now, or not at all: what a list read
     * a moment later would show.
     */
    List<StoredPreset> atRevisions(Viewer viewer, List<PresetVersion> page) {
        Map<Long, StoredPreset> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (PresetVersion revision : page) {
            StoredPreset cached = revisions.getIfPresent(revision.id());
            if (cached != null && cached.revision() == revision.revision()) {
                found.put(revision.id(), cached);
            } else {
                missing.add(revision.id());
            }
        }
        for (StoredPreset stored : store.findAll(viewer, missing)) {
            revisions.put(stored.id(), stored);
            found.put(stored.id(), stored);
        }
        return page.stream()
                .map(revision -> found.get(revision.id()))
                .filter(Objects::nonNull)
                .toList();
    }

    static SetpointException notFound(long id) {
        return SetpointException.notFound("id", "no preset " + id);
    }

    /**
     * The cached value if it was cached under {@code version}, else a fresh one. A value loaded
     * after the version was read is at least as new as that version, so caching it under it is safe.
     */
    private static <K, V> V current(Cache<K, Versioned<V>> cache, K key, long version, Supplier<V> load) {
        Versioned<V> cached = cache.getIfPresent(key);
        if (cached != null && cached.version() == version) {
            return cached.value();
        }
        V value = load.get();
        cache.put(key, new Versioned<>(version, value));
        return value;
    }
}
