package dev.setpoint.core.study;

import dev.setpoint.core.study.TpeStrategy.Observation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * TPE's split of finished trials into good and bad. With one objective the good ones are those with
 * the lowest loss; with two, whole Pareto ranks are taken in order (the front first), and within the
 * rank that does not fit whole, those with the lowest sum of per-objective rank positions.
 */
final class Split {

    private Split() {}

    /** The coordinates of the good and of the bad observations. */
    record Groups(List<int[]> good, List<int[]> bad) {}

    /** The {@code good} best observations, and the rest. */
    static Groups goodAndBad(List<Observation> observations, int good) {
        List<Observation> ordered = order(observations);
        List<int[]> first = new ArrayList<>();
        List<int[]> rest = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            (i < good ? first : rest).add(ordered.get(i).coordinates());
        }
        return new Groups(first, rest);
    }

    /** Best first: by Pareto rank, then by the sum of positions in each objective's order; ties keep history order. */
    static List<Observation> order(List<Observation> observations) {
        int n = observations.size();
        int objectives = n == 0 ? 0 : observations.get(0).losses().length;
        int[] positionSum = new int[n];
        for (int o = 0; o < objectives; o++) {
            int objective = o;
            List<Integer> byLoss = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byLoss.add(i);
            }
            byLoss.sort(Comparator.comparingDouble(i -> observations.get(i).losses()[objective]));
            for (int position = 0; position < n; position++) {
                positionSum[byLoss.get(position)] += position;
            }
        }
        int[] rank = Pareto.ranks(observations.stream().map(Observation::losses).toList());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> rank[i]).thenComparingInt(i -> positionSum[i]));
        return order.stream().map(observations::get).toList();
    }
}
