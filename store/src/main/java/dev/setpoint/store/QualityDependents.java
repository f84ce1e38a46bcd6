package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The custom quality presets based on another ({@code base_preset} naming its slug), and how they
 * are cut loose from it. This is the one place that answers "who depends on X": it must find what
 * resolving {@code base_preset} finds, which today is the one preset with that slug, slugs being
 * unique across owners.
 */
final class QualityDependents {

    private final PresetRows rows;
    private final PresetListing listing;
    private final String basedOn;
    private final String lockBase;

    QualityDependents(Dialect dialect, PresetRows rows, PresetListing listing) {
        this.rows = rows;
        this.listing = listing;
        this.basedOn = PresetRows.SELECT + "WHERE p.kind = 'quality' AND p.visibility <> 'system' AND "
                + dialect.jsonText("p.body", "base_preset") + " = ? ORDER BY p.id" + dialect.forUpdate();
        this.lockBase = "SELECT p.id FROM presets p WHERE p.slug = ? AND p.kind = 'quality'" + dialect.forUpdate();
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
        try (PreparedStatement statement = c.prepareStatement(lockBase)) {
            statement.setString(1, quality.basePreset());
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
        try (PreparedStatement statement = c.prepareStatement(basedOn)) {
            statement.setString(1, base.slug());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    dependents.add(rows.read(result));
                }
            }
        }
        return dependents;
    }

    /**
     * {@code dependent} with the values of its chain folded in, so that it no longer needs
     * {@code base}: its chain is resolved as its owner sees it, with {@code base} still there.
     */
    QualityPreset detached(Connection c, StoredPreset dependent, StoredPreset base) throws SQLException {
        QualityPreset preset = (QualityPreset) dependent.preset();
        List<QualityPreset> visible = new ArrayList<>(
                listing.customQuality(c, new Viewer(dependent.ownerId(), false), base.id()));
        visible.add((QualityPreset) base.preset());
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
    static SetpointException conflict(Viewer viewer, StoredPreset base, List<StoredPreset> dependents,
            String change) {
        List<StoredPreset> own = dependents.stream().filter(d -> d.ownerId() == viewer.userId()).toList();
        String count = dependents.size() == 1 ? "1 preset is" : dependents.size() + " presets are";
        String yours = own.isEmpty() ? "none of them yours"
                : (own.size() == dependents.size() ? "all yours: " : own.size() + " of them yours: ")
                        + own.stream().map(d -> "'" + d.preset().name() + "' (" + d.slug() + ")")
                                .collect(Collectors.joining(", "));
        return new SetpointException(Kind.CONFLICT, "", count + " based on '" + base.slug() + "' (" + yours
                + "); " + change + " it with ?detach=true to copy its values into them first");
    }
}
