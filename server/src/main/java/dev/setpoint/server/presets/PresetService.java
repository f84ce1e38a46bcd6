package dev.setpoint.server.presets;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.merge.Merger;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.value.Limits;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.Page;
import dev.setpoint.store.PresetQuery;
import dev.setpoint.store.PresetStore;
import dev.setpoint.store.StoredPreset;
import dev.setpoint.store.Viewer;
import dev.setpoint.store.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Preset operations over the store, read through {@link PresetCache}: each call reads the store's
 * change version once and serves everything it needs under it.
 */
@Service
public class PresetService {

    private static final int MAX_RETRIES = 3;

    private final PresetStore store;
    private final PresetCache cache;
    private final QualitySelection qualities;
    private final PresetImport imports;

    PresetService(PresetStore store) {
        this.store = store;
        this.cache = new PresetCache(store);
        this.qualities = new QualitySelection(store, cache);
        this.imports = new PresetImport(store);
    }

    /** A preset the viewer can see; NOT_FOUND otherwise (whether or not it exists). */
    public StoredPreset get(Viewer viewer, long id) {
        return cache.get(viewer, id, store.changeVersion());
    }

    /** The preset {@code slug} names for the viewer (see {@link PresetStore#findBySlug}); NOT_FOUND if none. */
    public StoredPreset bySlug(Viewer viewer, String slug) {
        return store.findBySlug(viewer, slug)
                .orElseThrow(() -> SetpointException.notFound("", "no preset you can see has the slug '" + slug + "'"));
    }

    /** The built-ins plus the custom quality presets the viewer can see. */
    public QualityCatalog qualityCatalog(Viewer viewer) {
        return cache.qualityCatalog(viewer, store.changeVersion());
    }

    /**
     * The level a custom quality preset that sets none stands at: its chain's (STORY-050: its
     * base's), as the viewer's catalog resolves it. Null for parameter presets, presets that set
     * their level, and chains the viewer cannot resolve (a base gone or not visible to them).
     */
    public @Nullable Integer inheritedLevel(Viewer viewer, StoredPreset stored) {
        return inheritedLevels(viewer, List.of(stored)).get(0);
    }

    /** {@link #inheritedLevel} for a page: the catalog is read once, and only if a preset on it inherits. */
    public List<@Nullable Integer> inheritedLevels(Viewer viewer, List<StoredPreset> page) {
        QualityCatalog catalog = null;
        List<@Nullable Integer> levels = new ArrayList<>(page.size());
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

    private static @Nullable Integer levelOf(QualityCatalog catalog, QualityPreset quality) {
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
            throw SetpointException.invalid(
                    "",
                    "preset " + id + " is a parameter preset; only a quality preset "
                            + "has an inheritance chain and resolved values");
        }
        return qualityCatalog(viewer).resolve(quality);
    }

    /** A quality preset by slug ({@code high}, {@code custom_fast}) or by its numeric id, chain resolved. */
    public ResolvedQuality quality(Viewer viewer, @Nullable Value selection) {
        return qualities.resolve(viewer, selection);
    }

    /** Parameter presets in the order given; duplicates are INVALID, invisible ones NOT_FOUND. */
    public List<ParameterPreset> parameterPresets(Viewer viewer, List<@Nullable Long> ids) {
        if (ids.size() > Limits.MAX_MERGE_PRESETS) {
            throw new SetpointException(
                    Kind.TOO_LARGE,
                    Pointer.of("preset_ids"),
                    ids.size() + " presets; the limit is " + Limits.MAX_MERGE_PRESETS);
        }
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                problems.add(new Problem(Pointer.of("preset_ids", String.valueOf(i)), "a preset id cannot be null"));
            } else if (!seen.add(ids.get(i))) {
                problems.add(new Problem(
                        Pointer.of("preset_ids", String.valueOf(i)),
                        "preset " + ids.get(i) + " is listed more than once"));
            }
        }
        SetpointException.throwIfAny(problems);
        long version = store.changeVersion();
        List<ParameterPreset> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            StoredPreset stored = listed(viewer, ids.get(i), version, i);
            if (!(stored.preset() instanceof ParameterPreset parameter)) {
                throw SetpointException.invalid(
                        Pointer.of("preset_ids", String.valueOf(i)),
                        "preset " + stored.id() + " is a quality preset; only parameter presets are merged");
            }
            out.add(parameter);
        }
        return out;
    }

    public MergeResult merge(Viewer viewer, List<@Nullable Long> ids, @Nullable String strategy) {
        return Merger.merge(parameterPresets(viewer, ids), MergeStrategy.of(strategy == null ? "union" : strategy));
    }

    /**
     * A page and the total of its matches. Counting every match walks all of them, so the total is
     * cached per viewer and filters until the next write. The page's ids and revisions are always
     * read; only presets not cached at that revision are read whole.
     */
    public Page<StoredPreset> list(Viewer viewer, PresetQuery query) {
        long total = cache.count(viewer, query, store.changeVersion());
        return new Page<>(
                cache.atRevisions(viewer, store.pageRevisions(viewer, query)), total, query.offset(), query.limit());
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
     * Partial update ({@link PresetPatch}). Without {@code ifMatch} the update is still made against
     * the revision it was merged onto, retried if another write came in between, so a concurrent
     * change to another member is never lost.
     */
    public StoredPreset update(Viewer viewer, long id, Value body, @Nullable Long ifMatch, boolean detach) {
        Value.Obj patch = PresetJson.object(body);
        for (int attempt = 1; ; attempt++) {
            StoredPreset current = store.find(viewer, id).orElseThrow(() -> PresetCache.notFound(id));
            if (ifMatch != null && ifMatch != current.revision()) {
                throw stale(id, ifMatch, current.revision());
            }
            Preset preset = PresetCodec.decode(PresetPatch.apply(current, PresetJson.presetMembers(patch)));
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

    /** A copy owned by the viewer, named {@code name} or the first free one of {@link CopyNames}. */
    public StoredPreset copy(Viewer viewer, long id, @Nullable String name, Visibility visibility) {
        StoredPreset source = get(viewer, id);
        Map<String, Value> members =
                new LinkedHashMap<>(PresetCodec.encode(source.preset()).members());
        members.remove("id");
        members.remove("is_system");
        List<String> names = CopyNames.of(source.preset().name(), name);
        for (int i = 0; ; i++) {
            members.put("name", Value.of(names.get(i)));
            try {
                return store.create(viewer, PresetCodec.decode(new Value.Obj(members)), visibility);
            } catch (SetpointException e) {
                if (e.kind() != Kind.CONFLICT || i == names.size() - 1) {
                    throw e;
                }
            }
        }
    }

    /** See {@link PresetImport}. */
    public List<StoredPreset> importFile(Viewer viewer, String text, Visibility visibility) {
        return imports.importFile(viewer, text, visibility);
    }

    /** The export file of one preset and its download name. */
    public Export export(Viewer viewer, long id) {
        Preset preset = get(viewer, id).preset();
        return new Export(ExportFormat.exportFileName(preset), ExportFormat.export(preset));
    }

    /** The bulk export file of the given presets, or of every preset the viewer can see. */
    public Export exportAll(Viewer viewer, @Nullable List<Long> ids) {
        List<Preset> presets = new ArrayList<>();
        if (ids == null) {
            List<StoredPreset> page;
            do {
                page = store.page(viewer, PresetQuery.everything(presets.size(), PresetQuery.MAX_LIMIT));
                page.forEach(stored -> presets.add(stored.preset()));
            } while (page.size() == PresetQuery.MAX_LIMIT);
        } else {
            long version = store.changeVersion();
            ids.stream()
                    .distinct()
                    .forEach(id -> presets.add(cache.get(viewer, id, version).preset()));
        }
        return new Export("presets.json", ExportFormat.exportAll(presets));
    }

    /** An export file's name and content. */
    public record Export(String fileName, String content) {}

    /** The {@code index}th preset of a request's {@code preset_ids}; NOT_FOUND points at its entry. */
    private StoredPreset listed(Viewer viewer, long id, long version, int index) {
        try {
            return cache.get(viewer, id, version);
        } catch (SetpointException e) {
            if (e.kind() != Kind.NOT_FOUND) {
                throw e;
            }
            throw SetpointException.notFound(Pointer.of("preset_ids", String.valueOf(index)), "no preset " + id);
        }
    }

    private static SetpointException stale(long id, long expected, long actual) {
        return new SetpointException(
                Kind.STALE,
                "",
                "preset " + id + " is at revision " + actual + ", not " + expected
                        + "; read it again and reapply your change");
    }
}
