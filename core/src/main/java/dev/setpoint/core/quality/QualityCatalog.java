package dev.setpoint.core.quality;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.value.Limits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quality presets one caller can use: the four built-ins plus custom presets, and the resolution
 * of inheritance chains (any depth up to {@link Limits#MAX_INHERITANCE_DEPTH}, cycles rejected).
 *
 * <p>Immutable; {@link #with(Collection)} returns a new catalog.
 */
public final class QualityCatalog {

    private static final QualityCatalog BUILTIN = new QualityCatalog(Map.of());

    private final Map<String, QualityPreset> customs;

    private QualityCatalog(Map<String, QualityPreset> customs) {
        this.customs = customs;
    }

    public static QualityCatalog builtin() {
        return BUILTIN;
    }

    /** This catalog plus {@code presets}; a custom preset may not reuse a built-in's id or another's id. */
    public QualityCatalog with(Collection<QualityPreset> presets) {
        Map<String, QualityPreset> all = new LinkedHashMap<>(customs);
        for (QualityPreset preset : presets) {
            if (BuiltinLevels.find(preset.id()).isPresent()) {
                throw new SetpointException(
                        SetpointException.Kind.CONFLICT,
                        Pointer.of("id"),
                        "'" + preset.id() + "' is a built-in level; give the custom preset another id");
            }
            if (all.putIfAbsent(preset.id(), preset) != null) {
                throw new SetpointException(
                        SetpointException.Kind.CONFLICT,
                        Pointer.of("id"),
                        "two quality presets have the id '" + preset.id() + "'");
            }
        }
        return new QualityCatalog(Collections.unmodifiableMap(all));
    }

    public Optional<QualityPreset> find(String id) {
        return BuiltinLevels.find(id).or(() -> Optional.ofNullable(customs.get(id)));
    }

    /** Built-ins in level order, then custom presets in the order they were added. */
    public List<QualityPreset> all() {
        List<QualityPreset> all = new ArrayList<>(BuiltinLevels.ALL);
        all.addAll(customs.values());
        return all;
    }

    public QualityPreset get(String id) {
        return find(id).orElseThrow(() -> SetpointException.notFound(
                Pointer.of("quality"),
                "unknown quality preset '" + id + "'; known: "
                        + all().stream().map(QualityPreset::id).collect(Collectors.joining(", "))));
    }

    /** Resolves the inheritance chain of {@code id}. */
    public ResolvedQuality resolve(String id) {
        return resolve(get(id));
    }

    /** Resolves the inheritance chain of {@code preset}, which need not be in this catalog yet. */
    public ResolvedQuality resolve(QualityPreset preset) {
        List<QualityPreset> chain = chain(preset);
        QualityPreset root = chain.get(0);
        checkLevel(chain, root);
        Map<String, Double> scaling = new HashMap<>();
        Double time = null;
        Double resource = null;
        Double cost = null;
        String category = null;
        for (QualityPreset link : chain) {
            scaling.putAll(link.resourceScaling());
            time = link.timeMultiplier() != null ? link.timeMultiplier() : time;
            resource = link.resourceMultiplier() != null ? link.resourceMultiplier() : resource;
            cost = link.costMultiplier() != null ? link.costMultiplier() : cost;
            category = link.category() != null ? link.category() : category;
        }
        return new ResolvedQuality(preset, chain, root.level(), time, resource, cost, scaling, category);
    }

    /** Root first. A custom preset without a base stands on the built-in of its level (standard by default). */
    private List<QualityPreset> chain(QualityPreset start) {
        List<QualityPreset> reversed = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        QualityPreset current = start;
        while (true) {
            if (!seen.add(current.id())) {
                throw SetpointException.invalid(
                        Pointer.of("base_preset"),
                        "inheritance cycle: " + String.join(" -> ", seen) + " -> " + current.id());
            }
            if (reversed.size() > Limits.MAX_INHERITANCE_DEPTH) {
                throw SetpointException.invalid(
                        Pointer.of("base_preset"),
                        "inheritance chain of '" + start.id() + "' is deeper than " + Limits.MAX_INHERITANCE_DEPTH
                                + " presets");
            }
            reversed.add(current);
            if (current.system()) {
                break;
            }
            current = current.basePreset() != null
                    ? findBase(current)
                    : BuiltinLevels.ofLevel(current.level() == null ? 2 : current.level());
        }
        Collections.reverse(reversed);
        return reversed;
    }

    private QualityPreset findBase(QualityPreset preset) {
        return find(preset.basePreset())
                .orElseThrow(() -> SetpointException.notFound(
                        Pointer.of("base_preset"),
                        "preset '" + preset.id() + "' is based on '" + preset.basePreset()
                                + "', which does not exist"));
    }

    // A level comes from the built-in a chain stands on; a custom preset may restate it but not change it.
    private static void checkLevel(List<QualityPreset> chain, QualityPreset root) {
        for (QualityPreset link : chain) {
            if (link.level() != null && !link.level().equals(root.level())) {
                throw SetpointException.invalid(
                        Pointer.of("level"),
                        "preset '" + link.id() + "' says level "
                                + link.level() + " but stands on '" + root.id() + "' (level " + root.level()
                                + "); a custom preset's level comes from the built-in it is based on");
            }
        }
    }
}
