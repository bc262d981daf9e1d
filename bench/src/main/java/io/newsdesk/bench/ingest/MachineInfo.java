package io.newsdesk.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine a benchmark ran on, for the report: CPU, cores, memory, JVM and operating system,
 * read from {@code /proc} and {@code /etc/os-release} where they exist.
 *
 * @param cpu the CPU model
 * @param cores processors available to the JVM
 * @param memoryBytes physical memory, or -1 where unknown
 * @param jvm the JVM's name and version, with its maximum heap
 * @param os the operating system and kernel
 */
public record MachineInfo(String cpu, int cores, long memoryBytes, String jvm, String os) {

    /** The machine this JVM runs on. */
    public static MachineInfo current() {
        String cpu = lineValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize()
                : -1;
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version");
        String os = lineValue(Path.of("/etc/os-release"), "PRETTY_NAME")
                .map(name -> name.replace("\"", "") + " (" + kernel + ")")
                .orElse(kernel);
        return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memory, jvm, os);
    }

    /** The one-minute system load average now, or a negative number where the platform does not tell. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The value of the first {@code key: value} or {@code key=value} line of a file. */
    private static Optional<String> lineValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(key.length()).replaceFirst("^\\s*[:=]\\s*", "").strip())
                    .filter(value -> !value.isEmpty())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: the report says less.
            return Optional.empty();
        }
    }
}
