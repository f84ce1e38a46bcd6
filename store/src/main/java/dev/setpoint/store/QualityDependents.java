package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The custom quality presets based on another, and how they are cut loose from it. This is the one
 * place that answers "who depends on X": the quality presets whose {@code base_preset} names X's
 * slug and resolves to X for their owner ({@link SlugResolution}: own first, then system, then the
 * one shared by another user).
 */
final class QualityDependents {

    private final Dialect dialect;
    private final PresetRows rows;
    private final PresetListing listing;
    private final NamedSql basedOn;
    private final NamedSql lockBase;

    QualityDependents(Dialect dialect, PresetRows rows, PresetListing listing) {
        this.dialect = dialect;
        this.rows = rows;
        this.listing = listing;
        this.basedOn = NamedSql.parse(PresetRows.SELECT + "WHERE p.kind = 'quality' AND p.visibility <> 'system' AND "
                + dialect.jsonText("p.body", "base_preset") + " = :base ORDER BY p.id" + dialect.forUpdate("p"));
        this.lockBase = NamedSql.parse(
                "SELECT p.id FROM presets p WHERE p.slug = :slug AND p.kind = 'quality'" + dialect.forUpdate("p"));
    }

    /**
     * Locks the row a quality preset is based on until commit, before its chain is checked: a delete
     * or a privatising of that base, which locks it too, then either finishes first (and the check
     * sees it) or waits and finds this preset among the dependents. Without it, on PostgreSQL, a
     * preset could be based on a base deleted in the same instant. (SQLite writes one at a time.)
     */
    void lockBase(Connection c, Preset preset) throws SQLException {
        if (!(preset instanceof QualityPreset quality) || quality.basePreset() == null) {
            return;
        }
        try (NamedStatement statement = lockBase.prepare(c, dialect).set("slug", quality.basePreset())) {
            statement.executeQuery().close();
        }
    }

    /**
     * The presets of every owner directly based on {@code base}, in id order, locked until commit:
     * a concurrent edit of one either lands first (and is what is detached, or takes it off this
     * base) or waits for the detach.
     */
    List<StoredPreset> of(Connection c, StoredPreset base) throws SQLException {
        if (!(base.preset() instanceof QualityPreset)) {
            return List.of();
        }
        List<StoredPreset> dependents = new ArrayList<>();
        try (NamedStatement statement = basedOn.prepare(c, dialect).set("base", base.slug())) {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    dependents.add(rows.read(result));
                }
            }
        }
        List<StoredPreset> resolving = new ArrayList<>();
        for (StoredPreset dependent : dependents) {
            if (resolvesTo(c, dependent, base)) {
                resolving.add(dependent);
            }
        }
        return resolving;
    }

    /** Whether the dependent's {@code base_preset} names {@code base} as its owner resolves it. */
    private boolean resolvesTo(Connection c, StoredPreset dependent, StoredPreset base) throws SQLException {
        Viewer owner = ownerOf(dependent);
        List<StoredPreset> candidates = new ArrayList<>();
        try (NamedStatement statement = SlugResolution.CANDIDATES
                .prepare(c, dialect)
                .set("slug", base.slug())
                .set("viewer", owner.userId())) {
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    candidates.add(rows.read(result));
                }
            }
        }
        try {
            return SlugResolution.pick(owner, "", base.slug(), candidates)
                    .map(p -> p.id() == base.id())
                    .orElse(false);
        } catch (SetpointException e) {
            // Several other users share that slug: it names none of them, so it was broken already.
            return false;
        }
    }

    /**
     * {@code dependent} with the values of its chain folded in, so that it no longer needs
     * {@code base}: its chain is resolved as its owner sees it, {@code base} still there.
     */
    QualityPreset detached(Connection c, StoredPreset dependent, StoredPreset base) throws SQLException {
        QualityPreset preset = (QualityPreset) dependent.preset();
        Viewer owner = ownerOf(dependent);
        List<QualityPreset> visible = SlugResolution.catalog(owner, listing.customQuality(c, owner));
        try {
            return QualityCatalog.builtin().with(visible).resolve(preset).standalone();
        } catch (SetpointException e) {
            // Its chain was broken already (a link above the base gone): it keeps what it sets itself.
            return preset.withBasePreset(null);
        }
    }

    /**
     * Why {@code base} cannot go while {@code dependents} stand on it: how many, naming only the
     * viewer's own (another user's may be private).
     */
    private static Viewer ownerOf(StoredPreset preset) {
        return new Viewer(preset.ownerId(), false);
    }

    static SetpointException conflict(Viewer viewer, StoredPreset base, List<StoredPreset> dependents, String change) {
        List<StoredPreset> own =
                dependents.stream().filter(d -> d.ownerId() == viewer.userId()).toList();
        String count = dependents.size() == 1 ? "1 preset is" : dependents.size() + " presets are";
        String yours = own.isEmpty()
                ? "none of them yours"
                : (own.size() == dependents.size() ? "all yours: " : own.size() + " of them yours: ")
                        + own.stream()
                                .map(d -> "'" + d.preset().name() + "' (" + d.slug() + ")")
                                .collect(Collectors.joining(", "));
        return new SetpointException(
                Kind.CONFLICT,
                "",
                count + " based on '" + base.slug() + "' (" + yours + "); " + change
                        + " it with ?detach=true to copy its values into them first");
    }
}
