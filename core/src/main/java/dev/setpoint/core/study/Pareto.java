package dev.setpoint.core.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Non-dominated sorting of loss vectors of one or two objectives (lower is better in each). */
final class Pareto {

    private Pareto() {}

    /** Whether {@code a} dominates {@code b}: no worse in any objective and better in one. */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            better |= a[i] < b[i];
        }
        return better;
    }

    /**
     * Each vector's Pareto rank: 0 for the non-dominated ones, 1 for those only rank 0 dominates,
     * and so on. In the order of the first loss, then the second, a vector joins the first front
     * whose latest member does not dominate it: that member has the front's lowest second loss, so it
     * dominates the vector exactly when any member does. A sort and a pass over the fronts.
     */
    static int[] ranks(List<double[]> losses) {
        int n = losses.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> losses.get(i)[0])
                .thenComparingDouble(i -> second(losses.get(i))));
        int[] rank = new int[n];
        List<double[]> latest = new ArrayList<>();
        for (int i : order) {
            double[] loss = losses.get(i);
            int front = 0;
            while (front < latest.size() && dominates(latest.get(front), loss)) {
                front++;
            }
            if (front == latest.size()) {
                latest.add(loss);
            } else {
                latest.set(front, loss);
            }
            rank[i] = front;
        }
        return rank;
    }

    private static double second(double[] loss) {
        return loss.length > 1 ? loss[1] : 0;
    }
}
