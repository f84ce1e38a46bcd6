package dev.setpoint.core.template;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The templates Setpoint knows: the ones shipped with core, optionally plus a directory of
 * {@code *.yaml} / {@code *.yml} files. Immutable; a reference is {@code id} (the latest version)
 * or {@code id@version}.
 */
public final class TemplateRegistry {

    /** Lists the shipped template files, since a directory inside a jar cannot be listed. */
    static final String BUILTIN_INDEX = "/dev/setpoint/core/template/builtin/index.txt";

    /** Orders {@code MAJOR.MINOR.PATCH} versions numerically: 1.10.0 comes after 1.9.0. */
    static final Comparator<String> SEMVER = (a, b) -> {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = new BigInteger(x[i]).compareTo(new BigInteger(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static final Comparator<Template> ORDER = Comparator.comparing(Template::category)
            .thenComparing(Template::id)
            .thenComparing(Template::version, SEMVER);

    private final List<Template> templates;

    private TemplateRegistry(Map<String, Template> bySource) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> sourceOfRef = new LinkedHashMap<>();
        bySource.forEach((source, template) -> {
            String earlier = sourceOfRef.putIfAbsent(template.ref(), source);
            if (earlier != null) {
                problems.add(new Problem(
                        "", "template " + template.ref() + " is defined twice: in " + earlier + " and in " + source));
            }
        });
        if (!problems.isEmpty()) {
            throw new SetpointException(SetpointException.Kind.CONFLICT, problems);
        }
        this.templates = bySource.values().stream().sorted(ORDER).toList();
    }

    /** The templates shipped with core; loaded once. */
    public static TemplateRegistry builtin() {
        return Builtin.REGISTRY;
    }

    /** The shipped templates plus every {@code *.yaml} and {@code *.yml} file directly in {@code directory}. */
    public static TemplateRegistry withDirectory(Path directory) {
        Map<String, Template> bySource = builtinTemplates();
        bySource.putAll(loadDirectory(directory));
        return new TemplateRegistry(bySource);
    }

    /** A registry of exactly these templates. */
    public static TemplateRegistry of(List<Template> templates) {
        Map<String, Template> bySource = new LinkedHashMap<>();
        for (int i = 0; i < templates.size(); i++) {
            bySource.put("template #" + (i + 1), templates.get(i));
        }
        return new TemplateRegistry(bySource);
    }

    /** Every template, by category (in {@link FunctionType} order), then id, then version. */
    public List<Template> list() {
        return templates;
    }

    /** The templates of one category, by id then version. */
    public List<Template> list(FunctionType category) {
        return templates.stream().filter(t -> t.category() == category).toList();
    }

    /**
     * The template {@code ref} names: {@code id@version} exactly, or the latest version of {@code id}.
     *
     * @throws SetpointException {@code NOT_FOUND}, listing the known ids or versions
     */
    public Template resolve(String ref) {
        int at = ref.indexOf('@');
        String id = at < 0 ? ref : ref.substring(0, at);
        List<Template> versions =
                templates.stream().filter(t -> t.id().equals(id)).toList();
        if (versions.isEmpty()) {
            throw SetpointException.notFound(
                    "template",
                    "unknown template '" + id + "'; known templates: "
                            + templates.stream()
                                    .map(Template::id)
                                    .distinct()
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
        if (at < 0) {
            return versions.stream()
                    .max(Comparator.comparing(Template::version, SEMVER))
                    .orElseThrow();
        }
        String version = ref.substring(at + 1);
        Optional<Template> exact =
                versions.stream().filter(t -> t.version().equals(version)).findFirst();
        return exact.orElseThrow(() -> SetpointException.notFound(
                "template",
                "template '" + id
                        + "' has no version '" + version + "'; known versions: "
                        + versions.stream().map(Template::version).collect(Collectors.joining(", "))));
    }

    private static Map<String, Template> builtinTemplates() {
        Map<String, Template> bySource = new LinkedHashMap<>();
        String folder = BUILTIN_INDEX.substring(0, BUILTIN_INDEX.lastIndexOf('/') + 1);
        Classpath.read(BUILTIN_INDEX)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(file -> bySource.put(
                        "builtin/" + file, TemplateLoader.parse(Classpath.read(folder + file), "builtin/" + file)));
        return bySource;
    }

    /** Loads every template file; problems of all bad files are reported together, each naming its file. */
    private static Map<String, Template> loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw SetpointException.notFound("", "template directory " + directory + " does not exist");
        }
        Map<String, Template> bySource = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : templateFiles(directory)) {
            try {
                bySource.put(file.toString(), TemplateLoader.load(file));
            } catch (SetpointException e) {
                problems.addAll(e.problems());
            }
        }
        SetpointException.throwIfAny(problems);
        return bySource;
    }

    private static List<Path> templateFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw SetpointException.invalid("", "cannot list template directory " + directory + ": " + e);
        }
    }

    private static final class Builtin {
        static final TemplateRegistry REGISTRY = new TemplateRegistry(builtinTemplates());
    }
}
