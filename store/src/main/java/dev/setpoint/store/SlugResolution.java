package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.QualityPreset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which preset a slug names for a viewer, now that slugs are unique per owner only: the viewer's
 * own preset first, then the system preset, then the one shared preset of another user that has
 * it. Several other users sharing presets with that slug is a CONFLICT that lists them, since only
 * a numeric id can tell them apart. The one place for this rule: {@code quality}, {@code base_preset},
 * the CLI's preset names and {@link PresetStore#findBySlug} all resolve through it.
 */
final class SlugResolution {

    /** Every preset the viewer can see with one slug; binds {@code :slug} and {@code :viewer}. */
    static final NamedSql CANDIDATES =
            NamedSql.parse(PresetRows.SELECT + "WHERE p.slug = :slug AND " + PresetRows.VISIBLE + " ORDER BY p.id");

    private SlugResolution() {}

    /**
     * The preset {@code slug} names among {@code candidates} (the visible presets with that slug), if any.
     *
     * @param path where the slug was given, for the problem ({@code /base_preset}); empty for the request
     *
     * @throws SetpointException CONFLICT when only other users' shared presets have it, more than one
     */
    static Optional<StoredPreset> pick(Viewer viewer, String path, String slug, List<StoredPreset> candidates) {
        Optional<StoredPreset> picked = preferred(viewer, candidates);
        if (picked.isEmpty() && candidates.size() > 1) {
            throw ambiguous(path, slug, candidates);
        }
        return picked;
    }

    /**
     * The custom quality presets a viewer's catalog holds: for each slug the one {@link #pick}
     * chooses. A slug that names several other users' presets is left out: only a numeric id names those.
     */
    static List<QualityPreset> catalog(Viewer viewer, List<StoredPreset> visibleCustomQuality) {
        Map<String, List<StoredPreset>> bySlug = visibleCustomQuality.stream()
                .collect(Collectors.groupingBy(StoredPreset::slug, LinkedHashMap::new, Collectors.toList()));
        List<QualityPreset> catalog = new ArrayList<>();
        bySlug.values()
                .forEach(candidates ->
                        preferred(viewer, candidates).ifPresent(p -> catalog.add((QualityPreset) p.preset())));
        return catalog;
    }

    private static Optional<StoredPreset> preferred(Viewer viewer, List<StoredPreset> candidates) {
        Optional<StoredPreset> own =
                candidates.stream().filter(p -> isOwn(viewer, p)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Optional<StoredPreset> system =
                candidates.stream().filter(StoredPreset::system).findFirst();
        return system.isPresent() || candidates.size() != 1 ? system : Optional.of(candidates.get(0));
    }

    private static boolean isOwn(Viewer viewer, StoredPreset preset) {
        return preset.ownerId() != null && preset.ownerId() == viewer.userId();
    }

    private static SetpointException ambiguous(String path, String slug, List<StoredPreset> candidates) {
        String which = candidates.stream()
                .map(p -> p.owner() + "'s (id " + p.id() + ")")
                .collect(Collectors.joining(", "));
        return new SetpointException(
                Kind.CONFLICT,
                path,
                "'" + slug + "' names presets that several users share: " + which
                        + "; use the numeric id of the one you mean");
    }
}
