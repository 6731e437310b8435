package lab.spectra.desktop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lab.spectra.desktop.app.ScreenClassPreloader;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.runs.RunsViewModel;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.samples.SamplesController;
import lab.spectra.desktop.samples.SamplesViewModel;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LargeLab;
import lab.spectra.desktop.testing.LauncherOptions;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.FxTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.testing.Lab;
import lab.spectra.server.bench.BenchFigures;
import lab.spectra.server.bench.BenchFigures.Figure;

/**
 * The bench at scale: an encrypted bench H2 file holding 100,000 samples and 10,000 runs, then, in
 * a fresh JVM started with the app's own options (so the RSS is the app's, not the seeding's), the
 * Samples screen opened in a real scene on JavaFX's headless Monocle platform, keystrokes typed
 * into its filter, and the process's resident memory. Not a test: it prints and records figures
 * ({@link BenchFigures}) and exits. After {@code mvn -B -ntp -q test-compile -pl desktop-app -am}:
 *
 * <pre>{@code
 * java -cp "$(cat desktop-app/target/bench.classpath):desktop-app/target/classes:desktop-app/target/test-classes" \
 *     lab.spectra.desktop.bench.BenchAtScaleBenchmark [-Dbench.samples=100000 -Dbench.runs=10000]
 * }</pre>
 *
 * A keystroke is measured from the text change to the new first window in the table: the pause the
 * filter field waits for the typing to stop ({@link SamplesViewModel#FILTER_QUIET}) is left out,
 * it is a choice, not a cost.
 */
public final class BenchAtScaleBenchmark {

    private static final String MEASURE = "measure";
    private static final String OPEN = "Bench with 100,000 samples: open Samples";
    private static final String FILTER = "Bench with 100,000 samples: filter a keystroke";
    private static final String RSS = "Bench with 100,000 samples: RSS";
    /** The recorded "open Samples": the main window has been up this long, as when a person looks at it first. */
    private static final int IDLE_SECONDS = 3;

    private BenchAtScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(MEASURE)) {
            int status = 1;
            try {
                measure(Path.of(args[1]), args[2], UUID.fromString(args[3]), Integer.parseInt(args[4]));
                status = 0;
            } finally {
                System.exit(status); // JavaFX's threads would keep a failed measurement alive
            }
        }
        int samples = Integer.getInteger("bench.samples", 100_000);
        int runs = Integer.getInteger("bench.runs", 10_000);
        Path directory = Files.createTempDirectory("spectra-bench-at-scale-").toAbsolutePath();
        byte[] keyBytes = new byte[32];
        new SecureRandom().nextBytes(keyBytes);
        String key = HexFormat.of().formatHex(keyBytes);
        Lab lab = new Lab();
        long seeding = System.nanoTime();
        try (LocalCopy copy = LocalCopy.of(lab, directory, key)) {
            LargeLab.put(copy, lab, samples, runs);
            // Compacted as a bench's file is after its pulls settle, not as bulk inserting left it.
            copy.transaction(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN COMPACT");
                }
                return null;
            });
        } catch (RuntimeException e) {
            // The pool notices the database it closed with SHUTDOWN: the file is complete.
            System.out.println("Closed after compacting: " + e.getMessage());
        }
        System.out.printf(
                Locale.ROOT,
                "Seeded %,d samples and %,d runs in %.1f s (%s, %,d MB)%n",
                samples,
                runs,
                (System.nanoTime() - seeding) / 1e9,
                directory,
                sizeOf(directory) / (1024 * 1024));
        try {
            // First the Samples screen opened at once after the main window, then, in another fresh
            // JVM, after the person has looked at the main window for a while: the recorded figure.
            for (int idle : List.of(0, IDLE_SECONDS)) {
                int exit = measureInFreshJvm(directory, key, lab.organizationId, idle);
                if (exit != 0) {
                    throw new IllegalStateException("The measuring JVM failed with exit code " + exit);
                }
            }
        } finally {
            deleteTree(directory);
        }
    }

    /** The same class path and the app's own launcher options, read from installers/src/jpackage/common.args. */
    private static int measureInFreshJvm(Path directory, String key, UUID organizationId, int idleSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LauncherOptions.javaOptions());
        System.out.println("The app's launcher options: " + LauncherOptions.javaOptions());
        command.addAll(List.of(
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-cp",
                System.getProperty("java.class.path")));
        String figures = System.getProperty("bench.figures");
        if (figures != null) {
            command.add("-Dbench.figures=" + figures);
        }
        command.addAll(List.of(
                BenchAtScaleBenchmark.class.getName(),
                MEASURE,
                directory.toString(),
                key,
                organizationId.toString(),
                Integer.toString(idleSeconds)));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * @param idleSeconds how long the main window is up before Samples is opened; with 0 only the
     *     opening is measured and printed, not recorded
     */
    private static void measure(Path directory, String key, UUID organizationId, int idleSeconds) throws Exception {
        long opening = System.nanoTime();
        Lab lab = new Lab();
        try (LocalCopy copy = LocalCopy.reopen(directory, key, organizationId);
                FxTaskRunner fxTasks = new FxTaskRunner()) {
            System.out.printf(Locale.ROOT, "Opened the bench's database in %d ms%n", millisSince(opening));
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Stage stage = onFx(() -> {
                // The main window is up before a person opens Samples: the toolkit and a scene exist.
                Stage window = new Stage();
                window.setScene(new Scene(new Label("Dashboard"), 1280, 800));
                window.show();
                return window;
            });
            // What the app does once its main window is up (DesktopAssembly.mainView), unless measured without.
            if (Boolean.parseBoolean(System.getProperty("bench.preload", "true"))) {
                ScreenClassPreloader.start();
            }
            Thread.sleep(idleSeconds * 1000L);
            System.out.printf(
                    Locale.ROOT,
                    "Opening Samples %d s after the main window, at %d ms of the JVM's uptime%n",
                    idleSeconds,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            // The filter's pause for typing is left out of a keystroke's figure (see the class comment).
            TaskRunner tasks = new TaskRunner() {
                @Override
                public <T> void run(
                        java.util.concurrent.Callable<T> work,
                        java.util.function.Consumer<T> onSuccess,
                        java.util.function.Consumer<Throwable> onFailure) {
                    fxTasks.run(work, onSuccess, onFailure);
                }
            };
            LocalData localData = new LocalData();
            SampleQueries queries = new SampleQueries(copy);
            LocalCommands commands =
                    new LocalCommands(copy, lab.engineer, Clock.fixed(Lab.NOW, ZoneOffset.UTC), localData);

            long[] open = new long[1];
            SamplesViewModel model = onFx(() -> {
                long start = System.nanoTime();
                SamplesViewModel samples =
                        new SamplesViewModel(queries, commands, LabPeople.signedIn(lab.admin), tasks, localData);
                Parent view = Views.load(new SamplesController(samples));
                stage.getScene().setRoot(view);
                whenShown(samples, () -> !samples.samples().isEmpty(), () -> open[0] = System.nanoTime() - start);
                return samples;
            });
            waitFor(() -> open[0] != 0);
            double openMillis = open[0] / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "Samples opened %d s after the main window: %.1f ms (shown at %d ms of the JVM's uptime)%n",
                    idleSeconds,
                    openMillis,
                    ManagementFactory.getRuntimeMXBean().getUptime());
            if (idleSeconds == 0) {
                Platform.exit();
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "Samples open: %d rows in the table, %s%n",
                    onFx(() -> model.samples().size()),
                    onFx(() -> model.listSummary().get()));
            waitFor(() -> onFx(() -> model.total().get() >= 0));
            System.out.printf(Locale.ROOT, "Status line once counted: %s%n", onFx(() -> model.listSummary()
                    .get()));

            List<Double> keystrokes = new ArrayList<>();
            for (String word : List.of("sample 0421", "b3-00423", "b7-076547")) {
                for (int typed = 1; typed <= word.length(); typed++) {
                    keystrokes.add(keystroke(model, word.substring(0, typed)));
                }
                System.out.printf(Locale.ROOT, "Filter \"%s\": %s%n", word, onFx(() -> model.listSummary()
                        .get()));
                keystroke(model, "");
            }
            double[] sorted = keystrokes.stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            double median = sorted[sorted.length / 2];
            System.out.printf(
                    Locale.ROOT,
                    "%d keystrokes: median %.1f ms, 90th %.1f ms, worst %.1f ms%n",
                    sorted.length,
                    median,
                    sorted[sorted.length * 9 / 10],
                    sorted[sorted.length - 1]);

            double reopen = reopenWarm(stage, queries, commands, lab, tasks, localData);
            System.out.printf(Locale.ROOT, "Samples opened again (classes loaded): %.1f ms%n", reopen);
            double runs = openRuns(copy, lab, tasks, localData, commands);
            System.out.printf(Locale.ROOT, "Runs list, view model until its first window: %.1f ms%n", runs);

            System.gc();
            long rss = residentMegabytes();
            BenchFigures.record(Figure.of(OPEN, openMillis, "ms", "< 300 ms"));
            BenchFigures.record(Figure.of(FILTER, median, "ms", "< 50 ms"));
            BenchFigures.record(Figure.of(RSS, rss, "MB", "< 400 MB"));
            Platform.exit();
        }
    }

    /** Types {@code text} into the filter (the field is bound to it) and waits for the table's new window. */
    private static double keystroke(SamplesViewModel model, String text) throws Exception {
        long[] took = new long[1];
        onFx(() -> {
            long start = System.nanoTime();
            int generation = changes(model);
            model.filter().set(text);
            whenShown(model, () -> changes(model) > generation, () -> took[0] = System.nanoTime() - start);
            return null;
        });
        waitFor(() -> took[0] != 0);
        return took[0] / 1e6;
    }

    private static final java.util.Map<SamplesViewModel, int[]> CHANGES = new java.util.IdentityHashMap<>();

    /** How many times the model's list was replaced or grown: a keystroke's answer is one more. */
    private static int changes(SamplesViewModel model) {
        return CHANGES.computeIfAbsent(model, watched -> {
            int[] count = new int[1];
            watched.samples().addListener((ListChangeListener<Sample>) change -> count[0]++);
            return count;
        })[0];
    }

    private static double reopenWarm(
            Stage stage, SampleQueries queries, LocalCommands commands, Lab lab, TaskRunner tasks, LocalData localData)
            throws Exception {
        long[] open = new long[1];
        onFx(() -> {
            long start = System.nanoTime();
            SamplesViewModel samples =
                    new SamplesViewModel(queries, commands, LabPeople.signedIn(lab.admin), tasks, localData);
            stage.getScene().setRoot(Views.load(new SamplesController(samples)));
            whenShown(samples, () -> !samples.samples().isEmpty(), () -> open[0] = System.nanoTime() - start);
            return null;
        });
        waitFor(() -> open[0] != 0);
        return open[0] / 1e6;
    }

    private static double openRuns(
            LocalCopy copy, Lab lab, TaskRunner tasks, LocalData localData, LocalCommands commands) throws Exception {
        long[] open = new long[1];
        onFx(() -> {
            long start = System.nanoTime();
            RunsViewModel runs = new RunsViewModel(
                    new RunQueries(copy),
                    new lab.spectra.desktop.recipes.RecipeQueries(copy),
                    new SampleQueries(copy),
                    commands,
                    LabPeople.signedIn(lab.technician),
                    tasks,
                    localData,
                    javafx.collections.FXCollections.observableArrayList());
            runs.runs().addListener((ListChangeListener<RunRow>) change -> {
                if (open[0] == 0 && !runs.runs().isEmpty()) {
                    open[0] = System.nanoTime() - start;
                }
            });
            return null;
        });
        waitFor(() -> open[0] != 0);
        return open[0] / 1e6;
    }

    /**
     * Calls {@code done} on the first pulse after {@code ready} holds: the table has laid its rows
     * out and the frame is drawn.
     */
    private static void whenShown(SamplesViewModel model, BooleanSupplier ready, Runnable done) {
        javafx.animation.AnimationTimer[] timer = new javafx.animation.AnimationTimer[1];
        boolean[] seen = new boolean[1];
        timer[0] = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (seen[0]) {
                    done.run();
                    stop();
                } else if (ready.getAsBoolean()) {
                    seen[0] = true; // drawn on this pulse; the next one comes after it
                }
            }
        };
        timer[0].start();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out");
            }
            Thread.sleep(1);
        }
    }

    /** The whole process's resident memory, as the operating system counts it. */
    private static long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        throw new IllegalStateException("No VmRSS in /proc/self/status");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long sizeOf(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path path :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
