package dev.setpoint.bench;

import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.BuiltinLevels;
import dev.setpoint.core.quality.CustomPresetBuilder;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.resolve.ApplyResult;
import dev.setpoint.core.resolve.Resolver;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.util.Multiset;

/**
 * Retained heap of resolved presets, measured with JOL. Holds 10,000 {@link ApplyResult}s from
 * varied requests (every shipped template, six qualities, a distinct prompt and seed each) and
 * reports the graph reachable from the list, the part shared by all results (templates, catalog,
 * resolved qualities), and what one result adds on its own.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar dev.setpoint.bench.RetainedHeap}; add
 * {@code -Djdk.attach.allowAttachSelf=true} to have JOL size objects through Instrumentation (same
 * figures, no warning). See docs/PERFORMANCE.md.
 */
public final class RetainedHeap {

    private static final int SMALL = 1_000;
    private static final int LARGE = 10_000;
    private static final List<String> QUALITIES =
            List.of("draft", "standard", "high", "ultra", "cinematic-long", "crisp-wide");
    private static final double MIB = 1024.0 * 1024.0;

    private RetainedHeap() {}

    public static void main(String[] args) {
        // On JDK 17 Unsafe refuses field offsets of records, and every result is a graph of records;
        // JOL can compute them itself. Set before any JOL class loads; an explicit -D still wins.
        System.setProperty("jol.magicFieldOffset", System.getProperty("jol.magicFieldOffset", "true"));
        // The four generative templates, which all take a prompt and a seed (the runnable encoders do not).
        List<Template> templates = Stream.of("sd-image", "text-to-video", "text-to-audio", "text-completion")
                .map(TemplateRegistry.builtin()::resolve)
                .toList();
        Map<String, ResolvedQuality> qualities = new LinkedHashMap<>();
        QUALITIES.forEach(id -> qualities.put(id, Fixtures.CATALOG.resolve(id)));
        Object[] shared = {TemplateRegistry.builtin(), Fixtures.CATALOG, BuiltinLevels.ALL, qualities};

        List<ApplyResult> small = results(SMALL, templates, qualities);
        List<ApplyResult> large = results(LARGE, templates, qualities);

        long sharedBytes = GraphLayout.parseInstance(shared).totalSize();
        long smallBytes = GraphLayout.parseInstance(small).totalSize();
        GraphLayout largeLayout = GraphLayout.parseInstance(large);
        long largeBytes = largeLayout.totalSize();
        long sharedAndLarge = GraphLayout.parseInstance(shared, large).totalSize();
        long ownBytes = sharedAndLarge - sharedBytes;

        print("results", LARGE);
        print("graph of the list of " + LARGE + " results (bytes)", largeBytes);
        print("graph of the list of " + SMALL + " results (bytes)", smallBytes);
        print("shared: templates, catalog, built-in levels, resolved qualities (bytes)", sharedBytes);
        print("reachable from the results only, not from the shared objects (bytes)", ownBytes);
        System.out.printf(
                Locale.ROOT, "%-75s %.1f%n", "per result, own part / " + LARGE + " (bytes)", (double) ownBytes / LARGE);
        System.out.printf(
                Locale.ROOT,
                "%-75s %.1f%n",
                "per result, (graph 10k - graph 1k) / 9000 (bytes)",
                (double) (largeBytes - smallBytes) / (LARGE - SMALL));
        System.out.printf(Locale.ROOT, "%-75s %.2f%n", "graph of 10k results (MiB)", largeBytes / MIB);
        System.out.printf(Locale.ROOT, "%-75s %.3f%n", "shared (MiB)", sharedBytes / MIB);
        System.out.println();
        System.out.println("largest classes in the graph of " + LARGE + " results (bytes, instances):");
        topClasses(largeLayout, 12);
        System.out.println();
        List<ResolvedQuality> presets = resolvedCustomPresets(LARGE);
        long presetBytes = GraphLayout.parseInstance(BuiltinLevels.ALL, presets).totalSize()
                - GraphLayout.parseInstance((Object) BuiltinLevels.ALL).totalSize();
        print("custom quality presets, each resolved along its chain", LARGE);
        print("reachable from them, not from the built-in levels (bytes)", presetBytes);
        System.out.printf(Locale.ROOT, "%-75s %.1f%n", "per resolved preset (bytes)", (double) presetBytes / LARGE);
        System.out.printf(Locale.ROOT, "%-75s %.2f%n", "10k resolved presets (MiB)", presetBytes / MIB);
    }

    /**
     * Custom presets as users keep them: each has its own id and name, a description, two parameter
     * overrides and a multiplier, and stands on a built-in level; every tenth stands on the one
     * before it, so chains of depth two occur too.
     */
    static List<ResolvedQuality> resolvedCustomPresets(int count) {
        List<QualityPreset> customs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = i % 10 == 9
                    ? "custom_" + (i - 1)
                    : BuiltinLevels.ALL.get(i % 4).id();
            customs.add(CustomPresetBuilder.create()
                    .id("custom_" + i)
                    .name("My preset " + i)
                    .description("Tuned for project " + (i % 97))
                    .basedOn(base)
                    .timeMultiplier(1.0 + (i % 7) / 10.0)
                    .parameters("image_generation", Map.of("steps", Value.of(20 + i % 60), "seed", Value.of(i)))
                    .build());
        }
        QualityCatalog catalog = QualityCatalog.builtin().with(customs);
        List<ResolvedQuality> resolved = new ArrayList<>(count);
        customs.forEach(c -> resolved.add(catalog.resolve(c.id())));
        return resolved;
    }

    /** Result {@code i} uses template {@code i % 4}, quality {@code (i / 4) % 6}, and its own prompt and seed. */
    static List<ApplyResult> results(int count, List<Template> templates, Map<String, ResolvedQuality> qualities) {
        Resolver resolver = new Resolver();
        List<ResolvedQuality> levels = new ArrayList<>(qualities.values());
        List<ApplyResult> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<String, Value> inputs = new LinkedHashMap<>();
            inputs.put("prompt", Value.of("a lighthouse at dusk, variation " + i));
            inputs.put("seed", Value.of(i));
            Template template = templates.get(i % templates.size());
            ResolvedQuality quality = levels.get((i / templates.size()) % levels.size());
            results.add(resolver.apply(ApplyRequest.of(template, quality, inputs)));
        }
        return results;
    }

    private static void topClasses(GraphLayout layout, int limit) {
        Multiset<Class<?>> sizes = layout.getClassSizes();
        Multiset<Class<?>> counts = layout.getClassCounts();
        sizes.keys().stream()
                .sorted(Comparator.comparingLong((Class<?> c) -> sizes.count(c)).reversed())
                .limit(limit)
                .forEach(c -> System.out.printf(
                        Locale.ROOT, "  %12d %9d  %s%n", sizes.count(c), counts.count(c), c.getName()));
    }

    private static void print(String label, long value) {
        System.out.printf(Locale.ROOT, "%-75s %d%n", label, value);
    }
}
