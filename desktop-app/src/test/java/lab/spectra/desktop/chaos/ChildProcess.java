package lab.spectra.desktop.chaos;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of the kill -9 scenarios (a bench or the server), started on the test's class path and
 * killed with SIGKILL: no shutdown hook, no finally block, no flush runs. Its standard output is
 * kept line by line, across restarts, for the test to follow; its errors go to a log file.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final List<String> everything = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
    private Process process;

    private ChildProcess(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    static ChildProcess of(
            String name, Class<?> main, List<String> arguments, Map<String, String> environment, Path log) {
        return of(name, main, List.of(), arguments, environment, log);
    }

    /**
     * A JVM whose class path is the test's with {@code classPathBefore} in front: another version of
     * the code, e.g. a server whose release brings more migration scripts.
     */
    static ChildProcess of(
            String name,
            Class<?> main,
            List<Path> classPathBefore,
            List<String> arguments,
            Map<String, String> environment,
            Path log) {
        List<String> classPath = new ArrayList<>();
        classPathBefore.forEach(entry -> classPath.add(entry.toAbsolutePath().toString()));
        classPath.add(System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-cp",
                String.join(File.pathSeparator, classPath),
                main.getName()));
        command.addAll(arguments);
        return new ChildProcess(name, List.copyOf(command), Map.copyOf(environment), log);
    }

    String name() {
        return name;
    }

    /** Starts it (again, on the same files, after a kill). */
    void start() {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Process started = process;
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            everything.add(line);
                            fresh.add(line);
                        }
                    } catch (IOException e) {
                        // killed: the pipe closed under the reader
                    }
                },
                "child-output-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Forgets the lines read so far, then waits for the next one starting with {@code prefix}. */
    String next(String prefix, Duration timeout) throws InterruptedException {
        fresh.clear();
        return await(prefix, timeout);
    }

    /** Waits for a line starting with {@code prefix}, among those not yet looked at. */
    String await(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : fresh.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException(name + " did not say " + prefix + " within " + timeout
                        + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + "; see " + log + ")"));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** kill -9, and wait until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Stops it as an operator's service manager does (SIGTERM: its shutdown hooks run), and waits
     * until it is gone; answers its exit code.
     */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " did not stop within " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Every line it printed in all its lives. */
    List<String> output() {
        return List.copyOf(everything);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
