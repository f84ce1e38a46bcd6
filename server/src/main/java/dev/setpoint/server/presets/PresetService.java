package dev.setpoint.server.presets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.ParameterPreset;

import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import dev.setpoint.server.config.Ids;
import dev.setpoint.store.Page;
import dev.setpoint.store.PresetQuery;
import dev.setpoint.store.PresetVersion;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Viewer;
import dev.setpoint.store.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Preset operations over the store, with the in-process caches. A cached preset, quality catalog or
 * list count is served only while the store's change version is the one it was cached under, so a
 * write acknowledged by any instance on the same database is never followed by a stale read. Each
 * call reads the version once (one small query) and serves everything it needs under it.
 */
@Service
public class PresetService {

    /** How many "(copy n)" names a clone tries before giving up. */
    private static final int MAX_COPY_NAMES = 100;
    private static final int MAX_RETRIES = 3;

    private final PresetStore store;
    private final Cache<Key, Versioned<StoredPreset>> presets =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<Long, Versioned<QualityCatalog>> catalogs =
            Caffeine.newBuilder().maximumSize(1_000).build();
    private final Cache<CountKey, Versioned<Long>> counts = Caffeine.newBuilder().maximumSize(10_000).build();
    // By id, served only at the revision asked for: a revision never changes (see PresetVersion).
    private final Cache<Long, StoredPreset> revisions = Caffeine.newBuilder().maximumSize(20_000).build();

    private record Key(long viewer, long id) {}

    /** A list's filters: what its total depends on besides the viewer. */
    private record CountKey(long viewer, String kind, String category, String runtime, String search) {
        static CountKey of(Viewer viewer, PresetQuery query) {
            return new CountKey(viewer.userId(), query.kind(), query.category(), query.runtime(), query.search());
        }
    }

    private record Versioned<T>(long version, T value) {}

    PresetService(PresetStore store) {
        this.store = store;
    }

    /** A preset the viewer can see; NOT_FOUND otherwise (whether or not it exists). */
    public StoredPreset get(Viewer viewer, long id) {
        return get(viewer, id, store.changeVersion());
    }

    /** The preset {@code slug} names for the viewer (see {@link PresetStore#findBySlug}); NOT_FOUND if none. */
    public StoredPreset bySlug(Viewer viewer, String slug) {
        return store.findBySlug(viewer, slug).orElseThrow(() -> SetpointException.notFound("",
                "no preset you can see has the slug '" + slug + "'"));
    }

    /** The built-ins plus the custom quality presets the viewer can see. */
    public QualityCatalog qualityCatalog(Viewer viewer) {
        return qualityCatalog(viewer, store.changeVersion());
    }

    private StoredPreset get(Viewer viewer, long id, long version) {
        return current(presets, new Key(viewer.userId(), id), version,
                () -> store.find(viewer, id).orElseThrow(() -> notFound(id)));
    }

    private QualityCatalog qualityCatalog(Viewer viewer, long version) {
        return current(catalogs, viewer.userId(), version, () -> store.qualityCatalog(viewer));
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

    /**
     * The level a custom quality preset that sets none stands at: its chain's (STORY-050: its
     * base's), as the viewer's catalog resolves it. Null for parameter presets, presets that set
     * their level, and chains the viewer cannot resolve (a base gone or not visible to them).
     */
    public Integer inheritedLevel(Viewer viewer, StoredPreset stored) {
        return inheritedLevels(viewer, List.of(stored)).get(0);
    }

    /** {@link #inheritedLevel} for a page: the catalog is read once, and only if a preset on it inherits. */
    public List<Integer> inheritedLevels(Viewer viewer, List<StoredPreset> page) {
        QualityCatalog catalog = null;
        List<Integer> levels = new ArrayList<>(page.size());
        for (StoredPreset stored : page) {
            Integer level = null;
            if (stored.preset() instanceof QualityPreset quality && quality.level() == null) {
                catalog = catalog == null ? qualityCatalog(viewer) : catalog;
                level = levelOf(catalog, quality);
            }
            levels.add(level);
        }
        return levels;
    }

    private static Integer levelOf(QualityCatalog catalog, QualityPreset quality) {
        try {
            return catalog.resolve(quality).level();
        } catch (SetpointException e) {
            return null;
        }
    }

    /** A quality preset the viewer can see with its chain resolved; INVALID for a parameter preset. */
    public ResolvedQuality resolved(Viewer viewer, long id) {
        StoredPreset stored = get(viewer, id);
        if (!(stored.preset() instanceof QualityPreset quality)) {
            throw SetpointException.invalid("", "preset " + id + " is a parameter preset; only a quality preset "
                    + "has an inheritance chain and resolved values");
        }
        return qualityCatalog(viewer).resolve(quality);
    }

    /** A quality preset by slug ({@code high}, {@code custom_fast}) or by its numeric id, chain resolved. */
    public ResolvedQuality quality(Viewer viewer, Value selection) {
        long version = store.changeVersion();
        QualityCatalog catalog = qualityCatalog(viewer, version);
        if (selection == null || selection instanceof Value.Null) {
            return catalog.resolve("standard");
        }
        if (selection instanceof Value.Num n) {
            StoredPreset stored = get(viewer, Ids.of(n, "/quality"), version);
            if (!stored.kind().equals("quality")) {
                throw SetpointException.invalid("/quality", "preset " + stored.id() + " is a parameter preset; "
                        + "quality takes a quality preset");
            }
            // The preset itself: its slug may name another preset for this viewer (slugs are per owner).
            return catalog.resolve((QualityPreset) stored.preset());
        }
        if (selection instanceof Value.Str s) {
            if (catalog.find(s.value()).isEmpty()) {
                // A slug several other users share is left out of the catalog; say so rather than "unknown".
                store.findBySlug(viewer, s.value());
            }
            return catalog.resolve(s.value());
        }
        throw SetpointException.invalid("/quality", "quality is a level such as \"high\", a custom preset's "
                + "slug or a preset id, not " + selection.typeName());
    }

    /** Parameter presets in the order given; duplicates are INVALID, invisible ones NOT_FOUND. */
    public List<ParameterPreset> parameterPresets(Viewer viewer, List<Long> ids) {
        if (ids.size() > Limits.MAX_MERGE_PRESETS) {
            throw new SetpointException(Kind.TOO_LARGE, Pointer.of("preset_ids"),
                    ids.size() + " presets; the limit is " + Limits.MAX_MERGE_PRESETS);
        }
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                problems.add(new Problem(Pointer.of("preset_ids", String.valueOf(i)), "a preset id cannot be null"));
            } else if (!seen.add(ids.get(i))) {
                problems.add(new Problem(Pointer.of("preset_ids", String.valueOf(i)),
                        "preset " + ids.get(i) + " is listed more than once"));
            }
        }
        SetpointException.throwIfAny(problems);
        long version = store.changeVersion();
        List<ParameterPreset> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            StoredPreset stored = listed(viewer, ids.get(i), version, i);
            if (!(stored.preset() instanceof ParameterPreset parameter)) {
                throw SetpointException.invalid(Pointer.of("preset_ids", String.valueOf(i)), "preset "
                        + stored.id() + " is a quality preset; only parameter presets are merged");
            }
            out.add(parameter);
        }
        return out;
    }

    public MergeResult merge(Viewer viewer, List<Long> ids, String strategy) {
        return Merger.merge(parameterPresets(viewer, ids), MergeStrategy.of(strategy == null ? "union" : strategy));
    }

    /**
     * A page and the total of its matches. Counting every match walks all of them, so the total is
     * cached per viewer and filters until the next write. The page's ids and revisions are always
     * read; only presets not cached at that revision are read whole.
     */
    public Page<StoredPreset> list(Viewer viewer, PresetQuery query) {
        long total = current(counts, CountKey.of(viewer, query), store.changeVersion(),
                () -> store.count(viewer, query));
        return new Page<>(presets(viewer, store.pageRevisions(viewer, query)), total, query.offset(), query.limit());
    }

    /**
     * The presets of a page in its order. One changed or deleted since the page was read shows as it
     * is now, or not at all: what a list read a moment later would show.
     */
    private List<StoredPreset> presets(Viewer viewer, List<PresetVersion> page) {
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
        return page.stream().map(revision -> found.get(revision.id())).filter(Objects::nonNull).toList();
    }

    public List<String> categories(Viewer viewer) {
        return store.categories(viewer);
    }

    /** Create: the body goes through {@link PresetCodec}, like update and import. */
    public StoredPreset create(Viewer viewer, Value body) {
        Value.Obj object = PresetJson.object(body);
        Visibility visibility = PresetJson.visibility(object, Visibility.PRIVATE);
        return store.create(viewer, PresetCodec.decode(PresetJson.presetMembers(object)), visibility);
    }

    /**
     * Partial update: a member left out keeps its value, a member set to null is cleared, any other
     * replaces it. The result is read by {@link PresetCodec} as a whole. Without {@code ifMatch}
     * the update is still made against the revision it was merged onto, retried if another write
     * came in between, so a concurrent change to another member is never lost.
     */
    public StoredPreset update(Viewer viewer, long id, Value body, Long ifMatch, boolean detach) {
        Value.Obj patch = PresetJson.object(body);
        for (int attempt = 1; ; attempt++) {
            StoredPreset current = store.find(viewer, id).orElseThrow(() -> notFound(id));
            if (ifMatch != null && ifMatch != current.revision()) {
                throw stale(id, ifMatch, current.revision());
            }
            Preset preset = PresetCodec.decode(patched(current, PresetJson.presetMembers(patch)));
            Visibility visibility = PresetJson.visibility(patch, null);
            try {
                return store.update(viewer, id, preset, visibility, current.revision(), detach);
            } catch (SetpointException e) {
                if (e.kind() != Kind.STALE || ifMatch != null || attempt == MAX_RETRIES) {
                    throw e;
                }
            }
        }
    }

    /** See {@link PresetStore#delete(Viewer, long, Long, boolean)}. */
    public void delete(Viewer viewer, long id, Long ifMatch, boolean detach) {
        store.delete(viewer, id, ifMatch, detach);
    }

    /** A copy owned by the viewer, named {@code name} or "<name> (copy)", "(copy 2)", ... whichever is free. */
    public StoredPreset copy(Viewer viewer, long id, String name, Visibility visibility) {
        StoredPreset source = get(viewer, id);
        Map<String, Value> members = new LinkedHashMap<>(PresetCodec.encode(source.preset()).members());
        members.remove("id");
        members.remove("is_system");
        if (name != null) {
            members.put("name", Value.of(name));
            return store.create(viewer, PresetCodec.decode(new Value.Obj(members)), visibility);
        }
        for (int n = 1; ; n++) {
            members.put("name", Value.of(source.preset().name() + (n == 1 ? " (copy)" : " (copy " + n + ")")));
            try {
                return store.create(viewer, PresetCodec.decode(new Value.Obj(members)), visibility);
            } catch (SetpointException e) {
                if (e.kind() != Kind.CONFLICT || n == MAX_COPY_NAMES) {
                    throw e;
                }
            }
        }
    }

    /**
     * Imports an export file (one preset or many), all or nothing: every preset is validated first
     * and names are checked against each other, then all are stored in one transaction. Problems
     * point into the file.
     */
    public List<StoredPreset> importFile(Viewer viewer, String text, Visibility visibility) {
        List<Preset> presets = ExportFormat.importText(text);
        boolean bulk = Json.parse(text) instanceof Value.Obj file && file.members().containsKey("presets");
        checkNamesDistinct(presets, bulk ? "presets" : "preset");
        try {
            return store.createAll(viewer, presets, visibility);
        } catch (SetpointException e) {
            // The store's paths start with the preset's index; in a single-preset file that is /preset.
            throw new SetpointException(e.kind(), e.problems().stream()
                    .map(p -> new Problem(bulk ? "/presets" + p.path() : "/preset" + p.path().replaceFirst("^/0", ""),
                            p.message()))
                    .toList());
        }
    }

    /** The export file of one preset and its download name. */
    public Export export(Viewer viewer, long id) {
        Preset preset = get(viewer, id).preset();
        return new Export(ExportFormat.exportFileName(preset), ExportFormat.export(preset));
    }

    /** The bulk export file of the given presets, or of every preset the viewer can see. */
    public Export exportAll(Viewer viewer, List<Long> ids) {
        List<Preset> presets = new ArrayList<>();
        if (ids == null) {
            List<StoredPreset> page;
            do {
                page = store.page(viewer, PresetQuery.everything(presets.size(), PresetQuery.MAX_LIMIT));
                page.forEach(stored -> presets.add(stored.preset()));
            } while (page.size() == PresetQuery.MAX_LIMIT);
        } else {
            long version = store.changeVersion();
            ids.stream().distinct().forEach(id -> presets.add(get(viewer, id, version).preset()));
        }
        return new Export("presets.json", ExportFormat.exportAll(presets));
    }

    /** An export file's name and content. */
    public record Export(String fileName, String content) {}

    private static Value.Obj patched(StoredPreset current, Value.Obj patch) {
        Map<String, Value> members = new LinkedHashMap<>(PresetCodec.encode(current.preset()).members());
        members.remove("is_system");
        Value kind = patch.members().get("kind");
        if (kind != null && !(kind instanceof Value.Null) && !kind.equals(Value.of(current.kind()))) {
            throw SetpointException.invalid(Pointer.of("kind"), "a preset's kind cannot change; it is "
                    + current.kind() + " (create a new preset instead)");
        }
        patch.members().forEach((name, value) -> {
            if (name.equals("id") || name.equals("kind")) {
                return; // the slug and the kind stay
            }
            if (value instanceof Value.Null) {
                members.remove(name);
            } else {
                members.put(name, value);
            }
        });
        return new Value.Obj(members);
    }

    private static void checkNamesDistinct(List<Preset> presets, String prefix) {
        Map<String, Integer> first = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < presets.size(); i++) {
            Integer earlier = first.putIfAbsent(Names.normalized(presets.get(i).name()), i);
            if (earlier != null) {
                problems.add(new Problem(Pointer.of(prefix, String.valueOf(i), "name"), "the name '"
                        + presets.get(i).name() + "' is also used by preset " + earlier + " of this file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SetpointException(Kind.CONFLICT, problems);
        }
    }

    /** The {@code index}th preset of a request's {@code preset_ids}; NOT_FOUND points at its entry. */
    private StoredPreset listed(Viewer viewer, long id, long version, int index) {
        try {
            return get(viewer, id, version);
        } catch (SetpointException e) {
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
            throw SetpointException.notFound(Pointer.of("preset_ids", String.valueOf(index)), "no preset " + id);
        }
    }

    private static SetpointException notFound(long id) {
        return SetpointException.notFound("id", "no preset " + id);
    }

    private static SetpointException stale(long id, long expected, long actual) {
        return new SetpointException(Kind.STALE, "", "preset " + id + " is at revision " + actual
                + ", not " + expected + "; read it again and reapply your change");
    }
}
