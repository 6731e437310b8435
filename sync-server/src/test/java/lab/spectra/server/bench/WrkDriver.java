package lab.spectra.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a measure with {@code wrk} (C, event loop) instead of the Java driver, when it is
 * installed: the Java driver spends most of the 2 shared cores itself ({@code /health} 8,000 req/s
 * with it against some 55,000 with wrk), so it measures itself more than the server. Loopback only
 * and bounded by time ({@code -d}); each thread walks its own slice of the given targets (see {@code
 * bench/targets.lua}), so a run asks each target at most once until it has used them all.
 *
 * <p>Optional by design: CI machines have no wrk, and nothing but this harness uses it.
 */
final class WrkDriver {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in ");
    private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses:\\s+([0-9]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:(.*)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\s*$");

    private final Path executable;
    private final int threads;
    private final int connections;
    private final int seconds;
    private final Path work;

    /** What one run measured. */
    record Run(long requests, double requestsPerSecond, double p50Millis, double p99Millis) {}

    private WrkDriver(Path executable, int threads, int connections, int seconds) throws IOException {
        this.executable = executable;
        this.threads = threads;
        this.connections = connections;
        this.seconds = seconds;
        this.work = Files.createTempDirectory("spectra-wrk-");
        try (InputStream script = WrkDriver.class.getResourceAsStream("/bench/targets.lua")) {
            if (script == null) {
                throw new IllegalStateException("bench/targets.lua is missing from the test class path");
            }
            Files.write(work.resolve("targets.lua"), script.readAllBytes());
        }
    }

    /**
     * The wrk driver, unless {@code -Dbench.driver=java} asks for the Java one or no {@code wrk} is
     * on the PATH.
     */
    static Optional<WrkDriver> ifInstalled(int connections, int seconds) throws IOException {
        if ("java".equals(System.getProperty("bench.driver"))) {
            return Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String directory : path.split(":", -1)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new WrkDriver(candidate, 2, connections, seconds));
            }
        }
        return Optional.empty();
    }

    String describe() {
        return String.format(
                Locale.ROOT, "wrk (%s -t%d -c%d -d%ds, loopback)", executable, threads, connections, seconds);
    }

    /**
     * Runs wrk for the configured seconds against the targets, starting at {@code firstIndex} of
     * the list; fails when any answer was not a 2xx/3xx or a socket failed.
     */
    Run run(int port, List<String> targets, String token, int firstIndex, int runSeconds) throws IOException {
        Path targetsFile = Files.createTempFile(work, "targets-", ".txt");
        Files.write(targetsFile, targets, StandardCharsets.US_ASCII);
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "-t" + threads,
                "-c" + connections,
                "-d" + runSeconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                work.resolve("targets.lua").toString(),
                "http://127.0.0.1:" + port + "/",
                "--",
                targetsFile.toString(),
                token == null ? "-" : token,
                Integer.toString(firstIndex),
                Integer.toString(threads)));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!wrk.waitFor(runSeconds + 30L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while wrk ran", e);
        } finally {
            Files.deleteIfExists(targetsFile);
        }
        return parse(output);
    }

    Run measure(int port, List<String> targets, String token, int firstIndex) {
        try {
            return run(port, targets, token, firstIndex, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run parse(String output) {
        Matcher notOk = NOT_OK.matcher(output);
        if (notOk.find()) {
            throw new IllegalStateException(notOk.group(1) + " answers were not 2xx/3xx:\n" + output);
        }
        Matcher socketErrors = SOCKET_ERRORS.matcher(output);
        if (socketErrors.find()) {
            throw new IllegalStateException("Socket errors:" + socketErrors.group(1) + "\n" + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        for (String line : output.split("\n", -1)) {
            Matcher percentile = PERCENTILE.matcher(line);
            if (percentile.matches()) {
                double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
                if (percentile.group(1).equals("50")) {
                    p50 = millis;
                } else {
                    p99 = millis;
                }
            }
        }
        Matcher rate = RATE.matcher(output);
        Matcher total = TOTAL.matcher(output);
        if (!rate.find() || !total.find() || Double.isNaN(p50) || Double.isNaN(p99)) {
            throw new IllegalStateException("Cannot read wrk's output:\n" + output);
        }
        return new Run(Long.parseLong(total.group(1)), Double.parseDouble(rate.group(1)), p50, p99);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
    }
}
