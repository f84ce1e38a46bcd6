package dev.setpoint.runner;

/**
 * What the processes a run started used, as far as it was seen while they ran: their CPU time and
 * the sum of each one's peak resident memory. {@link #NONE} for runs in this process.
 *
 * @param cpuSeconds CPU time of the processes, summed
 * @param peakResidentBytes the peak resident memory of each process, summed (an upper bound when
 *     they did not all run at once)
 */
public record ProcessUsage(double cpuSeconds, long peakResidentBytes) {

    public static final ProcessUsage NONE = new ProcessUsage(0, 0);

    public ProcessUsage {
        if (!(cpuSeconds >= 0) || peakResidentBytes < 0) {
            throw new IllegalArgumentException(
                    "usage cannot be negative: " + cpuSeconds + " s, " + peakResidentBytes + " bytes");
        }
    }
}
