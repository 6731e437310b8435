package lab.spectra.desktop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.sync.Backoff;
import lab.spectra.desktop.sync.LiveUpdates;
import lab.spectra.desktop.sync.SyncScheduler;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.SyncServer;
import lab.spectra.server.bench.BenchFigures;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;

/**
 * How long a change made on one bench takes to show on another (ADR 0034): two real {@link
 * Workstation}s, the sync server on PostgreSQL (loopback). One bench makes a sample and pushes
 * it; the clock stops when the other bench's sync listener announces a finished sync after which
 * its own H2 database holds the sample. The watching bench polls only hourly, so what is measured
 * is the live-update stream: commit, {@code NOTIFY}, event, pull. Measured twice: both benches on
 * one server, and the watching bench on a second server instance on the same database. Not a
 * test: it prints, and records its figures through {@link BenchFigures}. Run with
 * {@code -Dbench.samples=200} (the default) after {@code bash .ci/setup-postgres.sh}.
 */
public final class LiveUpdateLatency {

    private static final String PASSWORD = "latency-password-1";
    private static final Duration HOURLY = Duration.ofHours(1);

    private LiveUpdateLatency() {}

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("bench.samples", 200);
        System.out.printf(
                Locale.ROOT,
                "SPECTRA-Lab live-update latency: %d changes per setup, %d cores, Java %s%n",
                samples,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
        SyncServer first = SyncServer.start(DemoServer.config(postgres, false));
        SyncServer second = SyncServer.start(DemoServer.config(postgres, false));
        ServerLab lab = new ServerLab(postgres);
        try {
            String hash = first.parts().passwordHasher().hash(PASSWORD.toCharArray());
            double[] one =
                    measure(lab.createOrganization("latency-one", hash), first.baseUri(), first.baseUri(), samples);
            report("", one);
            double[] two =
                    measure(lab.createOrganization("latency-two", hash), first.baseUri(), second.baseUri(), samples);
            report(" (two server instances)", two);
        } finally {
            lab.close();
            second.close();
            first.close();
            postgres.close();
        }
    }

    /** Milliseconds per change, sorted: made on a bench of {@code making}, seen on one of {@code watching}. */
    private static double[] measure(ServerLab.Org org, URI making, URI watching, int samples) throws Exception {
        String domain = "@" + org.organization().slug() + ".test";
        try (Workstation maker = Workstation.open(newDataDirectory(), making);
                Workstation watcher = Workstation.open(newDataDirectory(), watching)) {
            ServerSession engineer = maker.signIn("engineer" + domain, PASSWORD);
            watcher.signIn("tech" + domain, PASSWORD);
            maker.sync().syncNow();
            watcher.sync().syncNow();

            AtomicReference<UUID> awaited = new AtomicReference<>();
            AtomicReference<CountDownLatch> seen = new AtomicReference<>(new CountDownLatch(1));
            AtomicLong pullingSince = new AtomicLong();
            Consumer<SyncStatus> listener = status -> {
                UUID sample = awaited.get();
                if (status.phase() == SyncStatus.Phase.PULLING && sample != null) {
                    pullingSince.compareAndSet(0, System.nanoTime());
                }
                if (status.phase() == SyncStatus.Phase.IDLE
                        && sample != null
                        && watcher.read(state -> state.sample(sample)).isPresent()) {
                    seen.get().countDown();
                }
            };
            try (SyncScheduler scheduler = new SyncScheduler(watcher.sync(), Backoff.DEFAULT, HOURLY, HOURLY);
                    LiveUpdates live = watcher.liveUpdates(scheduler)) {
                scheduler.start();
                live.start();
                while (!watcher.sync().status().live()) {
                    Thread.sleep(10);
                }
                Thread.sleep(500);
                watcher.sync().addListener(listener);
                double[] millis = new double[samples];
                double[] untilPulling = new double[samples];
                int warmUp = 10;
                for (int i = -warmUp; i < samples; i++) {
                    UUID sample = Ids.newId();
                    CountDownLatch latch = new CountDownLatch(1);
                    seen.set(latch);
                    awaited.set(null);
                    pullingSince.set(0);
                    maker.commands()
                            .execute(new CreateSample(
                                    maker.newMeta(engineer.userId()),
                                    sample,
                                    "Live " + i,
                                    "LAT-" + sample,
                                    null,
                                    null,
                                    null));
                    long start = System.nanoTime();
                    awaited.set(sample);
                    if (!maker.sync().syncNow().succeeded()) {
                        throw new IllegalStateException("The push failed");
                    }
                    if (!latch.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("Change " + i + " did not arrive within 30 s");
                    }
                    if (i >= 0) {
                        millis[i] = (System.nanoTime() - start) / 1e6;
                        untilPulling[i] = (pullingSince.get() - start) / 1e6;
                    }
                    // Let the watching bench settle, so each change is measured on its own.
                    Thread.sleep(30);
                }
                watcher.sync().removeListener(listener);
                Arrays.sort(millis);
                Arrays.sort(untilPulling);
                System.out.printf(
                        Locale.ROOT,
                        "  of which until the watching bench started pulling (push, commit, NOTIFY, event): p50 %.1f ms,"
                                + " p99 %.1f ms%n",
                        percentile(untilPulling, 0.50),
                        percentile(untilPulling, 0.99));
                return millis;
            }
        }
    }

    private static void report(String setup, double[] sorted) {
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        System.out.printf(
                Locale.ROOT,
                "Change on one bench visible on another%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d changes)%n",
                setup,
                p50,
                p99,
                sorted[sorted.length - 1],
                sorted.length);
        BenchFigures.record(BenchFigures.Figure.of(
                "Change on one bench visible on another" + setup + ", p50", p50, "ms", "< 150 ms"));
        BenchFigures.record(BenchFigures.Figure.of(
                "Change on one bench visible on another" + setup + ", p99", p99, "ms", "< 500 ms"));
    }

    private static double percentile(double[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Path newDataDirectory() {
        try {
            return Files.createTempDirectory("spectra-latency-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
