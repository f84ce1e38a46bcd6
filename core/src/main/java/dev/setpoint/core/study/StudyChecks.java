package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.template.InputSpec;
import dev.setpoint.core.template.MetricSpec;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What is wrong with a study before anything runs (problems, each with a JSON pointer into the
 * request), and what its owner should know although it can run (warnings).
 */
public final class StudyChecks {

    private StudyChecks() {}

    /**
     * Every problem: an objective or constraint on a metric the template does not report, a space
     * with nothing to tune, a parameter the template does not have or a candidate its input rejects.
     */
    public static List<Problem> check(Template template, StudySpec spec, SearchSpace space) {
        List<Problem> problems = new ArrayList<>();
        List<String> metrics = metrics(template);
        for (int i = 0; i < spec.objectives().size(); i++) {
            checkMetric(template, metrics, spec.objectives().get(i).metric(), "objectives", i, problems);
        }
        for (int i = 0; i < spec.constraints().size(); i++) {
            checkMetric(template, metrics, spec.constraints().get(i).metric(), "constraints", i, problems);
        }
        checkSpace(template, space, problems);
        return problems;
    }

    /**
     * What the owner should hear before the study starts: a grid its budget cannot finish (the study
     * runs the first points and says so, rather than cutting the grid silently), a budget larger than
     * the space, and parallel trials that disturb each other's timings.
     */
    public static List<String> warnings(StudySpec spec, SearchSpace space) {
        List<String> warnings = new ArrayList<>();
        BigInteger size = space.gridSize();
        BigInteger trials = BigInteger.valueOf(spec.budget().maxTrials());
        if (spec.strategy() == StrategyKind.GRID && size.compareTo(trials) > 0) {
            warnings.add("the grid has " + size + " points and the budget runs " + trials
                    + " of them: raise --trials or narrow the space");
        } else if (size.compareTo(trials) < 0) {
            warnings.add("the space has " + size + " points: the study ends after " + size + " trials, not " + trials);
        }
        if (spec.budget().parallelism() > 1) {
            warnings.add(spec.budget().parallelism()
                    + " trials run at once: they share the machine, so their timings disturb each other");
        }
        return warnings;
    }

    /** The metrics a study may name: the template's own, then run_seconds and cost, which every job has. */
    private static List<String> metrics(Template template) {
        return Stream.concat(
                        template.metrics().stream().map(MetricSpec::name),
                        Stream.of(TrialRecord.RUN_SECONDS, TrialRecord.COST))
                .toList();
    }

    private static void checkMetric(
            Template template, List<String> metrics, String metric, String member, int index, List<Problem> problems) {
        if (!metrics.contains(metric)) {
            problems.add(new Problem(
                    Pointer.of(member, String.valueOf(index), "metric"),
                    template.id() + " does not report " + metric + "; it reports " + String.join(", ", metrics)));
        }
    }

    private static void checkSpace(Template template, SearchSpace space, List<Problem> problems) {
        if (space.parameters().isEmpty()) {
            problems.add(new Problem(Pointer.of("space"), "nothing to tune: the space has no parameters"));
        } else if (space.gridSize().equals(BigInteger.ONE)) {
            problems.add(new Problem(Pointer.of("space"), "nothing to tune: every parameter has one value"));
        }
        for (Map.Entry<String, List<Value>> parameter : space.parameters().entrySet()) {
            String name = parameter.getKey();
            InputSpec input = template.inputs().get(name);
            if (input == null) {
                problems.add(new Problem(
                        Pointer.of("space", name),
                        template.id() + " has no input " + name + "; its inputs are "
                                + String.join(", ", template.inputs().keySet())));
                continue;
            }
            List<Value> candidates = parameter.getValue();
            for (int i = 0; i < candidates.size(); i++) {
                String path = Pointer.of("space", name, String.valueOf(i));
                input.check(candidates.get(i)).forEach(p -> problems.add(new Problem(path, p.message())));
            }
        }
    }
}
