package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.compare.Comparison;
import dev.setpoint.core.compare.LevelResult;
import dev.setpoint.core.compare.LevelRun;
import dev.setpoint.core.compare.OutputLink;
import dev.setpoint.core.resolve.Seeds;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.BatchRecord;
import dev.setpoint.store.JobRecord;
import dev.setpoint.store.JobStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A comparison read back from its batch: the spec it was submitted with names the template, inputs,
 * seed and, per item, its level and what a second of it costs; the items' jobs give what each level
 * measured. The server and the offline command line both read comparisons here.
 *
 * <p>The spec is written by whoever submits the comparison, as {@code {"template", "inputs", "seed",
 * "levels": [{"level", "cost_per_second"}]}}, item {@code i} running {@code levels[i]}.
 */
public final class Comparisons {

    private Comparisons() {}

    /** The spec of a comparison of {@code template} with {@code inputs} and {@code seed}, one level an item. */
    public static Value.Obj spec(String template, Value.Obj inputs, Value seed, Map<String, Double> costPerSecond) {
        List<Value> levels = new ArrayList<>();
        costPerSecond.forEach((level, cost) -> {
            Map<String, Value> item = new LinkedHashMap<>();
            item.put("level", Value.of(level));
            item.put("cost_per_second", Value.of(cost));
            levels.add(new Value.Obj(item));
        });
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("template", Value.of(template));
        out.put("inputs", inputs);
        out.put("seed", seed);
        out.put("levels", Value.arr(levels));
        return new Value.Obj(out);
    }

    /**
     * The inputs with the one seed every level of a comparison runs with: {@code seed} when given,
     * else the inputs' own, else one drawn now as a job's is ({@link Seeds}).
     *
     * @throws SetpointException INVALID at {@code /seed} for a seed given to a template without one
     */
    public static Map<String, Value> seeded(
            Template template, Map<String, Value> inputs, @Nullable Long seed, RandomGenerator random) {
        Map<String, Value> out = new LinkedHashMap<>(inputs);
        if (seed != null) {
            if (!template.inputs().containsKey(Seeds.INPUT)) {
                throw SetpointException.invalid(
                        "/seed", "template " + template.ref() + " has no seed input; leave seed out");
            }
            out.put(Seeds.INPUT, Value.of(seed));
        }
        return Seeds.drawn(template, out, random);
    }

    /** The seed seeded inputs run with: theirs, else the template's default; null for a template without one. */
    public static Value seedOf(Template template, Map<String, Value> inputs) {
        Value given = inputs.get(Seeds.INPUT);
        if (given != null) {
            return given;
        }
        InputSpec spec = template.inputs().get(Seeds.INPUT);
        return spec != null && spec.defaultValue() != null ? spec.defaultValue() : Value.NULL;
    }

    /**
     * @param jobs the batch's jobs in item order
     * @param where where an output of a job is: a URL path, or a file for the command line
     */
    public static Comparison of(
            BatchRecord batch,
            List<JobRecord> jobs,
            TemplateRegistry templates,
            BiFunction<JobRecord, String, String> where) {
        Map<String, Value> spec = batch.spec().members();
        String template = text(spec.get("template"));
        List<Value> levels = spec.get("levels") instanceof Value.Arr a ? a.items() : List.of();
        List<LevelResult> results = new ArrayList<>();
        for (int i = 0; i < jobs.size() && i < levels.size(); i++) {
            results.add(result(jobs.get(i), (Value.Obj) levels.get(i), where));
        }
        return new Comparison(
                batch.id().toString(),
                template,
                spec.get("inputs") instanceof Value.Obj inputs ? inputs : new Value.Obj(Map.of()),
                spec.get("seed") instanceof Value.Num n ? n.value().longValue() : null,
                BatchJson.path(batch),
                batch.kind(),
                metrics(templates, template),
                results);
    }

    /** The template's metrics; none for a template no longer there (its runs still compare by time). */
    private static List<MetricSpec> metrics(TemplateRegistry templates, String template) {
        try {
            return templates.resolve(template).metrics();
        } catch (SetpointException e) {
            return List.of();
        }
    }

    private static LevelResult result(JobRecord job, Value.Obj level, BiFunction<JobRecord, String, String> where) {
        String name = text(level.members().get("level"));
        Double seconds = job.status() == JobStatus.SUCCEEDED && job.measurements() != null
                ? job.measurements().runSeconds()
                : null;
        LevelRun run = seconds == null
                ? LevelRun.unmeasured(name)
                : new LevelRun(name, seconds, seconds * number(level.members().get("cost_per_second")), metrics(job));
        return new LevelResult(
                run,
                job.id().toString(),
                job.status().id(),
                job.outputs().stream()
                        .map(o -> new OutputLink(o.name(), o.mediaType(), o.bytes(), where.apply(job, o.name())))
                        .toList(),
                job.error());
    }

    private static Map<String, Double> metrics(JobRecord job) {
        Map<String, Double> out = new LinkedHashMap<>();
        job.metrics().members().forEach((name, value) -> {
            if (value instanceof Value.Num n) {
                out.put(name, n.doubleValue());
            }
        });
        return out;
    }

    private static String text(@Nullable Value value) {
        return value instanceof Value.Str s ? s.value() : "";
    }

    private static double number(@Nullable Value value) {
        return value instanceof Value.Num n ? n.doubleValue() : 0;
    }
}
