package dev.setpoint.runner.builtin;

import java.util.Arrays;
import java.util.Locale;

/**
 * Least squares on the relative error: the weights {@code w} that minimise
 * {@code sum(((x_i . w) - y_i) / y_i)^2}, so that short runs count as much as long ones. Columns are
 * scaled to [0, 1] before solving the normal equations, since counts range from 1 to 10^9.
 */
final class RelativeLeastSquares {

    private RelativeLeastSquares() {}

    static double[] fit(double[][] x, double[] y) {
        int k = x[0].length;
        double[] scale = new double[k];
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                scale[j] = Math.max(scale[j], Math.abs(row[j]));
            }
        }
        double[][] normal = new double[k][k + 1];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < k; a++) {
                double xa = x[i][a] / scale[a] / y[i];
                for (int b = 0; b < k; b++) {
                    normal[a][b] += xa * x[i][b] / scale[b] / y[i];
                }
                normal[a][k] += xa;
            }
        }
        double[] w = solve(normal);
        for (int j = 0; j < k; j++) {
            w[j] /= scale[j];
        }
        return w;
    }

    /** "median m%, 90th percentile p%" of |x . w - y| / y. */
    static String errors(double[][] x, double[] y, double[] w) {
        double[] errors = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double predicted = 0;
            for (int j = 0; j < w.length; j++) {
                predicted += x[i][j] * w[j];
            }
            errors[i] = Math.abs(predicted - y[i]) / y[i];
        }
        Arrays.sort(errors);
        return String.format(
                Locale.ROOT,
                "%.1f%%, 90th percentile %.1f%%",
                100 * errors[errors.length / 2],
                100 * errors[(int) (0.9 * (errors.length - 1))]);
    }

    /** Gaussian elimination with partial pivoting of an augmented k x (k + 1) matrix. */
    private static double[] solve(double[][] m) {
        int k = m.length;
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < k; r++) {
                if (r != col && m[col][col] != 0) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= k; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = m[i][k] / m[i][i];
        }
        return w;
    }
}
