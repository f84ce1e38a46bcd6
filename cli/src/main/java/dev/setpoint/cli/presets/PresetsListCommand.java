package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.Table;
import dev.setpoint.cli.presets.PresetCatalog.Listed;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code setpoint presets list [--kind quality|parameter] [FILE...]}. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the built-in presets (or a server's presets) and those in the files given.")
public final class PresetsListCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    JsonOption output;

    @Mixin
    ServerOption server;

    @Option(
            names = "--kind",
            paramLabel = "quality|parameter",
            converter = KindConverter.class,
            description = "Only quality presets or only parameter presets.")
    @Nullable
    String kind;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Preset files (export or bulk export).")
    List<String> files = new ArrayList<>();

    public PresetsListCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PresetCatalog catalog = PresetCatalog.of(context, server);
        List<Listed> entries = new ArrayList<>(catalog.list());
        for (String file : files) {
            PresetSources.fromFile(context, file).forEach(p -> entries.add(new Listed(p, Origin.file(file))));
        }
        List<Listed> shown = entries.stream()
                .filter(e -> kind == null || e.preset().kind().equals(kind))
                .toList();
        QualityCatalog qualities = qualities(catalog, entries);
        if (output.json()) {
            context.printJson(Value.arr(shown.stream()
                    .map(e -> json(e, Levels.of(qualities, e.preset())))
                    .toList()));
        } else {
            Table table = new Table("ID", "KIND", "NAME", "CATEGORY/LEVEL", "SOURCE");
            shown.forEach(e -> table.row(
                    orDash(e.preset().id()),
                    e.preset().kind(),
                    e.preset().name(),
                    categoryOrLevel(e.preset(), Levels.of(qualities, e.preset())),
                    e.origin().label()));
            context.out().print(table.render());
        }
        return 0;
    }

    /** The catalog's quality presets plus the custom ones listed from files, to find inherited levels in. */
    private static QualityCatalog qualities(PresetCatalog catalog, List<Listed> entries) {
        QualityCatalog qualities = catalog.qualities();
        List<QualityPreset> customs = new ArrayList<>();
        entries.forEach(e -> {
            if (e.preset() instanceof QualityPreset q
                    && !q.system()
                    && qualities.find(q.id()).isEmpty()
                    && customs.stream().noneMatch(c -> c.id().equals(q.id()))) {
                customs.add(q);
            }
        });
        return qualities.with(customs);
    }

    private static Value json(Listed entry, @Nullable Integer level) {
        Preset preset = entry.preset();
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", preset.id() == null ? Value.NULL : Value.of(preset.id()));
        out.put("kind", Value.of(preset.kind()));
        out.put("name", Value.of(preset.name()));
        String category = preset instanceof ParameterPreset p ? p.category() : ((QualityPreset) preset).category();
        out.put("category", category == null ? Value.NULL : Value.of(category));
        out.put("level", level == null ? Value.NULL : Value.of(level));
        if (preset instanceof QualityPreset q) {
            out.put("is_custom", Value.of(!q.system()));
        }
        out.put("source", Value.of(entry.origin().source()));
        out.putAll(entry.origin().details());
        return new Value.Obj(out);
    }

    /** A parameter preset's category; a quality preset's level, or the base when its level is not known here. */
    static String categoryOrLevel(Preset preset, @Nullable Integer level) {
        if (preset instanceof ParameterPreset p) {
            return orDash(p.category());
        }
        QualityPreset q = (QualityPreset) preset;
        String text = level != null ? "level " + level : "based on " + q.basePreset();
        return q.category() == null ? text : text + ", " + q.category();
    }

    private static String orDash(@Nullable String s) {
        return s == null ? "-" : s;
    }

    /** {@code quality} or {@code parameter}, the values of a preset's kind. */
    static final class KindConverter implements ITypeConverter<String> {

        @Override
        public String convert(String value) {
            if (!value.equals("quality") && !value.equals("parameter")) {
                throw new TypeConversionException(
                        "'" + value + "' is not a kind of preset; expected quality or parameter");
            }
            return value;
        }
    }
}
