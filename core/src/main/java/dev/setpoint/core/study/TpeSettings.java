package dev.setpoint.core.study;

/**
 * TPE's knobs. {@link #DEFAULTS} were chosen by replaying the shipped tuning examples' measured grids
 * and four synthetic ones with seeds 11 to 40, which the target's figures (seeds 1 to 10, printed by
 * {@code TpeTargetTest}) do not use: gamma 0.25 (hyperopt's), 3 random trials first and a prior
 * weight of 2 came out best both in trials to within 2% of the optimum's value and within 2% of the
 * grid's spread of values (gamma 0.1 and 0.15, 5 startup trials, prior weights 1 and 3 were
 * slower). Other candidate counts (64) and kernel widths (0.15) moved the figures by less than the
 * seeds scatter them.
 *
 * @param gamma the share of finished trials that count as good
 * @param maxGood at most this many good trials, so that the good density stays sharp in long studies
 * @param priorWeight the weight of the uniform prior in each density, against 1 per observation
 * @param startup how many finished trials are drawn at random before the densities are used
 * @param candidates how many unseen points are drawn from the good density per proposal
 * @param bandwidth the width of an ordinal parameter's kernel, as a share of its candidate range
 */
record TpeSettings(double gamma, int maxGood, double priorWeight, int startup, int candidates, double bandwidth) {

    static final TpeSettings DEFAULTS = new TpeSettings(0.25, 25, 2.0, 3, 24, 0.3);

    /** Draws per proposal before giving up on finding {@link #candidates} unseen points. */
    int maxDraws() {
        return candidates * 10;
    }

    /** How many of {@code finished} trials count as good: at least one, at most {@link #maxGood}. */
    int good(int finished) {
        return Math.max(1, Math.min(maxGood, (int) Math.ceil(gamma * finished)));
    }
}
