package dev.setpoint.runner.command;

import dev.setpoint.runner.ProcessUsage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Samples what a process and everything it started use, for the job's record: each process's CPU
 * time and its peak resident memory ({@code VmHWM} in {@code /proc/<pid>/status}, Linux only), the
 * highest value seen per process. A process's last moments after the last sample, and a process that
 * started and ended between two samples, are not seen: the figures are lower bounds, as close as
 * the sampling interval.
 */
final class ProcessTreeUsage {

    private final Map<Long, Long> cpuNanos = new HashMap<>();
    private final Map<Long, Long> peakResident = new HashMap<>();

    void sample(ProcessHandle root) {
        Stream.concat(Stream.of(root), root.descendants()).forEach(process -> {
            process.info().totalCpuDuration().ifPresent(cpu -> cpuNanos.merge(process.pid(), cpu.toNanos(), Math::max));
            peakResident(process.pid()).ifPresent(bytes -> peakResident.merge(process.pid(), bytes, Math::max));
        });
    }

    ProcessUsage usage() {
        long cpu = cpuNanos.values().stream().mapToLong(Long::longValue).sum();
        long resident =
                peakResident.values().stream().mapToLong(Long::longValue).sum();
        return new ProcessUsage(cpu / 1e9, resident);
    }

    private static OptionalLong peakResident(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith("VmHWM:"))
                    .findFirst()
                    .map(line -> OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024))
                    .orElse(OptionalLong.empty());
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // Not Linux, or the process ended between listing and reading: nothing to add.
            return OptionalLong.empty();
        }
    }
}
