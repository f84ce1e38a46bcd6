package dev.setpoint.cli.apply;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.InputFiles;
import dev.setpoint.cli.presets.PresetSources;
import dev.setpoint.cli.templates.TemplateOption;
import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What apply, check and estimate share: a template, a quality preset, and preset files or ids. */
public final class RequestOptions {

    static final String DEFAULT_QUALITY = "standard";
    private static final Set<String> LOOKUP_PATHS = Set.of("template", Pointer.of("quality"));

    /** Required, but checked by {@link #template()}: {@code estimate --accuracy} goes without it. */
    @Option(names = "--template", paramLabel = "T", description = "A template id or id@version (required).")
    @Nullable
    String template;

    @Option(
            names = "--quality",
            paramLabel = "Q",
            description = {
                "A built-in level (draft, standard, high, ultra) or the id or name of a quality preset from a --preset file.",
                "Default: the one quality preset of the --preset files, else standard."
            })
    @Nullable
    String quality;

    @Option(
            names = "--preset",
            paramLabel = "FILE|ID",
            description = {
                "A preset file (quality or parameter presets) or a system parameter preset's id or name.",
                "Repeatable; parameter presets are merged in the order given."
            })
    List<String> presets = new ArrayList<>();

    @Mixin
    TemplateOption templates;

    /** The chosen template, the resolved quality preset and the parameter presets, in order. */
    public record Selection(Template template, ResolvedQuality quality, List<ParameterPreset> presets) {

        /** The request of this selection, merged by {@code strategy}, with the user's {@code inputs}. */
        public ApplyRequest request(@Nullable MergeStrategy strategy, Map<String, Value> inputs) {
            return new ApplyRequest(template, quality, presets, strategy, inputs);
        }
    }

    /** The templates this command reads: the built-in ones and {@code --templates}. */
    public TemplateRegistry registry(Context context) {
        return templates.registry(context);
    }

    String template() {
        if (template == null) {
            throw new CommandFailure(ExitCodes.USAGE, "Missing required option: '--template=T'");
        }
        return template;
    }

    public Selection select(Context context) {
        TemplateRegistry registry = templates.registry(context);
        Template chosen = named("--template", () -> registry.resolve(template()));
        Map<String, List<QualityPreset>> qualitiesByFile = new LinkedHashMap<>();
        List<ParameterPreset> parameters = new ArrayList<>();
        for (String ref : presets) {
            for (Preset preset : PresetSources.resolve(context, ref)) {
                if (preset instanceof ParameterPreset p) {
                    parameters.add(p);
                } else if (preset.system()) {
                    throw SetpointException.invalid(
                            ref,
                            "'" + preset.id() + "' is a built-in quality level; choose it with --quality "
                                    + preset.id());
                } else {
                    qualitiesByFile.computeIfAbsent(ref, f -> new ArrayList<>()).add((QualityPreset) preset);
                }
            }
        }
        QualityCatalog catalog = catalog(qualitiesByFile);
        List<QualityPreset> qualities =
                qualitiesByFile.values().stream().flatMap(List::stream).toList();
        String id = quality != null
                ? qualityId(catalog, quality)
                : qualities.size() == 1 ? qualities.get(0).id() : DEFAULT_QUALITY;
        return new Selection(chosen, named("--quality", () -> catalog.resolve(id)), parameters);
    }

    /**
     * {@code --quality} as core's id: an id as it is, else the one quality preset with this name
     * (compared as the server compares names, so {@code crisp} names "Crisp"); an unknown one as it is.
     */
    private static String qualityId(QualityCatalog catalog, String ref) {
        if (catalog.find(ref).isPresent()) {
            return ref;
        }
        List<QualityPreset> named =
                catalog.all().stream().filter(p -> Names.same(ref, p.name())).toList();
        if (named.size() > 1) {
            throw SetpointException.invalid(
                    "--quality",
                    named.size() + " quality presets are named '" + ref + "' ("
                            + String.join(
                                    ", ", named.stream().map(QualityPreset::id).toList()) + "); name one by id");
        }
        return named.isEmpty() ? ref : named.get(0).id();
    }

    /**
     * The built-ins plus the quality presets of the files. Every chain is resolved, not just the chosen
     * one, so a broken file is reported whichever preset is used; problems name the file.
     */
    private static QualityCatalog catalog(Map<String, List<QualityPreset>> qualitiesByFile) {
        QualityCatalog catalog = QualityCatalog.builtin();
        for (Map.Entry<String, List<QualityPreset>> file : qualitiesByFile.entrySet()) {
            catalog = inFile(file.getKey(), catalog, c -> c.with(file.getValue()));
        }
        for (Map.Entry<String, List<QualityPreset>> file : qualitiesByFile.entrySet()) {
            for (QualityPreset preset : file.getValue()) {
                inFile(file.getKey(), catalog, c -> c.resolve(preset));
            }
        }
        return catalog;
    }

    private static <T> T inFile(String file, QualityCatalog catalog, Function<QualityCatalog, T> step) {
        try {
            return step.apply(catalog);
        } catch (SetpointException e) {
            throw InputFiles.located(file, e);
        }
    }

    /** A server's unknown template or quality, at the option it was given with, as offline. */
    static SetpointException atOptions(SetpointException e) {
        Map<String, String> options = Map.of("template", "--template", Pointer.of("quality"), "--quality");
        if (e.kind() != SetpointException.Kind.NOT_FOUND
                || !e.problems().stream().allMatch(p -> options.containsKey(p.path()))) {
            return e;
        }
        return new SetpointException(
                e.kind(),
                e.problems().stream()
                        .map(p -> new Problem(options.get(p.path()), p.message()))
                        .toList());
    }

    /**
     * Runs a lookup by a name the user gave with {@code option}; core reports an unknown name at its own
     * path ({@code template}, {@code /quality}), the command line at the option. Other problems, such
     * as a broken base preset, keep their paths.
     */
    private static <T> T named(String option, Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (SetpointException e) {
            boolean unknownName = e.kind() == SetpointException.Kind.NOT_FOUND
                    && e.problems().stream().allMatch(p -> LOOKUP_PATHS.contains(p.path()));
            if (!unknownName) {
                throw e;
            }
            throw new SetpointException(
                    e.kind(),
                    e.problems().stream()
                            .map(p -> new Problem(option, p.message()))
                            .toList());
        }
    }
}
