package lab.spectra.desktop.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.SyncServer;
import lab.spectra.server.bench.BenchFigures;
import lab.spectra.server.bench.BenchFigures.Figure;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Measures the sync engine end to end against the real server on PostgreSQL (loopback): the
 * initial pull of a large organization into a fresh bench database, the rate at which a bench
 * runs commands locally (decision, local rows, outbox), and the push of that offline work in one
 * sync; for comparison, the server deciding the same commands without HTTP or a client. Not a test:
 * it prints a table and exits. Run (after {@code bash .ci/setup-postgres.sh}) with
 * <pre>
 * mvn -q -pl desktop-app -am install -DskipTests
 * mvn -q -pl desktop-app exec:java -Dexec.mainClass=lab.spectra.desktop.bench.SyncBenchmark
 * </pre>
 * optionally with {@code -Dbench.rows=100000 -Dbench.commands=5000} (the defaults). Two steps
 * because with {@code -am} Maven would try to start this class in every module of the build.
 */
public final class SyncBenchmark {

    private static final String PASSWORD = "bench-password-1";
    private static final int SEED_BATCH = 1_000;

    private SyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int commandCount = Integer.getInteger("bench.commands", 5_000);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(
                Locale.ROOT,
                "SPECTRA-Lab sync benchmark: %,d rows to pull, %,d commands to push, %d cores, " + "Java %s%n",
                rows,
                commandCount,
                cores,
                Runtime.version());
        System.out.println("Server: PostgreSQL on loopback; workstation: H2 file in a fresh temporary folder");

        List<String[]> results = new ArrayList<>();
        PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
        SyncServer server = SyncServer.start(PushFigures.serverConfig(postgres));
        ServerLab lab = new ServerLab(postgres);
        Workstation bench = null;
        Path dataDirectory = newDataDirectory();
        try {
            String hash = server.parts().passwordHasher().hash(PASSWORD.toCharArray());
            ServerLab.Org org = lab.createOrganization("bench", hash);

            // 0. Seed the organization on the server, as commands would write it (rows, change log, audit).
            long seedStart = System.nanoTime();
            seedSamples(server, org, rows);
            double seedSeconds = seconds(seedStart);
            System.out.printf(
                    Locale.ROOT,
                    "Seeded %,d samples on the server in %.1f s (%,.0f rows/s; set-up, not a figure)%n",
                    rows,
                    seedSeconds,
                    rows / seedSeconds);

            // 1. Initial pull into a fresh workstation database.
            bench = Workstation.open(dataDirectory, server.baseUri());
            PhaseClock phases = new PhaseClock();
            ServerSession engineer = bench.signIn("engineer@bench.test", PASSWORD);
            bench.sync().addListener(phases::observe);
            phases.reset();
            long pullStart = System.nanoTime();
            SyncEngine.Report pull = bench.sync().syncNow();
            double pullSeconds = seconds(pullStart);
            requireSucceeded("initial pull", pull);
            long localSamples = countLocalSamples(bench, org.id());
            if (localSamples != rows) {
                throw new IllegalStateException(
                        "The initial pull left " + localSamples + " samples on the workstation, expected " + rows);
            }
            System.out.printf(
                    Locale.ROOT,
                    "Initial pull: %,d rows (%,d samples) in %.1f s%n",
                    pull.pulledRows(),
                    localSamples,
                    pullSeconds);
            results.add(row(
                    "Initial pull, fresh workstation (pages of " + SyncEngine.PULL_PAGE + ")",
                    pull.pulledRows(),
                    "rows",
                    pullSeconds));
            double copyMillis = copyFloorMillis(postgres, org.id());
            BenchFigures.record(Figure.of(
                            "Initial pull of " + pull.pulledRows() + " rows, fresh bench",
                            pullSeconds * 1000,
                            "ms",
                            "≤ 2000 ms")
                    .withFloor("COPY of the same rows out of PostgreSQL", copyMillis));
            BenchFigures.record(Figure.of("Initial pull rate", pull.pulledRows() / pullSeconds, "rows/s", ""));

            // 2. Offline work: commands run locally on the same workstation (which now holds every row).
            List<CreateSample> commands = new ArrayList<>(commandCount);
            for (int i = 0; i < commandCount; i++) {
                commands.add(new CreateSample(
                        bench.newMeta(engineer.userId()),
                        Ids.newId(),
                        "Offline sample " + i,
                        "OFF-" + i,
                        null,
                        "Glovebox",
                        null));
            }
            long localStart = System.nanoTime();
            for (CreateSample command : commands) {
                Outcome outcome = bench.commands().execute(command);
                if (!(outcome instanceof Applied)) {
                    throw new IllegalStateException("A local command was not applied: " + outcome);
                }
            }
            double localSeconds = seconds(localStart);
            bench.sync().refreshCounts();
            if (bench.sync().status().pending() != commandCount) {
                throw new IllegalStateException(
                        "The outbox holds " + bench.sync().status().pending() + " commands, expected " + commandCount);
            }
            System.out.printf(
                    Locale.ROOT, "Local execution: %,d CreateSample commands in %.1f s%n", commandCount, localSeconds);
            results.add(row(
                    "Local execution (checks, rows, outbox), same workstation",
                    commandCount,
                    "commands",
                    localSeconds));

            // 3. One sync pushes them all (batches of PUSH_BATCH), then pulls the server's changes back.
            phases.reset();
            long pushStart = System.nanoTime();
            SyncEngine.Report push = bench.sync().syncNow();
            long pushEnd = System.nanoTime();
            double syncSeconds = (pushEnd - pushStart) / 1e9;
            requireSucceeded("push", push);
            if (push.pushed() != commandCount || push.applied() != commandCount || push.refused() != 0) {
                throw new IllegalStateException("The push sync sent " + push.pushed() + ", applied " + push.applied()
                        + ", refused " + push.refused() + "; expected " + commandCount + " applied");
            }
            if (bench.sync().status().pending() != 0) {
                throw new IllegalStateException("Commands are still pending after the push: "
                        + bench.sync().status().pending());
            }
            long serverSamples = countServerSamples(postgres, org.id());
            if (serverSamples != (long) rows + commandCount) {
                throw new IllegalStateException(
                        "The server holds " + serverSamples + " samples, expected " + (rows + commandCount));
            }
            long pullPhaseStart = phases.firstPullNanos.get();
            double pushPhaseSeconds = pullPhaseStart == 0 ? syncSeconds : (pullPhaseStart - pushStart) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "Push sync: %,d pushed, %,d applied, %,d rows pulled back, %.1f s in all, " + "%.1f s pushing%n",
                    push.pushed(),
                    push.applied(),
                    push.pulledRows(),
                    syncSeconds,
                    pushPhaseSeconds);
            results.add(row(
                    "Push phase of one sync (batches of " + SyncEngine.PUSH_BATCH + "), same workstation",
                    push.applied(),
                    "commands",
                    pushPhaseSeconds));
            results.add(row(
                    "Whole push sync (push, then pull of " + push.pulledRows() + " rows back)",
                    push.applied(),
                    "commands",
                    syncSeconds));

            // 4. For comparison: the server alone deciding the same kind of command, without HTTP or
            // a workstation (another organization, so the figures above are untouched).
            ServerLab.Org other = lab.createOrganization("bench-server", hash);
            List<CreateSample> direct = new ArrayList<>(commandCount);
            for (int i = 0; i < commandCount; i++) {
                direct.add(new CreateSample(
                        lab.meta(other.engineer()),
                        Ids.newId(),
                        "Direct sample " + i,
                        "DIR-" + i,
                        null,
                        "Glovebox",
                        null));
            }
            long directStart = System.nanoTime();
            for (CreateSample command : direct) {
                ServerLab.expectApplied(server.parts().commands().execute(command, other.engineer()));
            }
            double directSeconds = seconds(directStart);
            System.out.printf(
                    Locale.ROOT, "Server alone: %,d CreateSample commands in %.1f s%n", commandCount, directSeconds);
            results.add(row(
                    "Server alone, same commands (CommandService, no HTTP, no client)",
                    commandCount,
                    "commands",
                    directSeconds));

            PushFigures.record(commandCount, pushPhaseSeconds, directSeconds);
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "%-66s %10s %-8s %10s %12s%n",
                    "measurement",
                    "count",
                    "unit",
                    "seconds",
                    "per second");
            for (String[] result : results) {
                System.out.printf(Locale.ROOT, "%-66s %10s %-8s %10s %12s%n", (Object[]) result);
            }
        } finally {
            if (bench != null) {
                bench.close();
            }
            lab.close();
            server.close();
            postgres.close();
            deleteTree(dataDirectory);
        }
        System.exit(0);
    }

    private static void seedSamples(SyncServer server, ServerLab.Org org, int rows) {
        Instant now = Instant.now();
        for (int done = 0; done < rows; done += SEED_BATCH) {
            List<Row> batch = new ArrayList<>(SEED_BATCH);
            for (int i = done; i < Math.min(rows, done + SEED_BATCH); i++) {
                batch.add(new Sample(
                        Ids.newId(),
                        org.id(),
                        "Bench sample " + i,
                        "B-" + i,
                        null,
                        "Cabinet " + (i % 40),
                        SampleStatus.AVAILABLE,
                        null,
                        null,
                        null,
                        now,
                        now,
                        null,
                        1,
                        null,
                        null));
            }
            server.parts().commands().insertSystemRows(org.id(), null, "bench:CreateSample", batch);
        }
    }

    /**
     * The floor for the initial pull: the same samples copied out of PostgreSQL as text, as the
     * owner, with nothing else in the way; timed to the last byte received.
     */
    private static double copyFloorMillis(PostgresTestDatabase postgres, UUID organizationId) throws SQLException {
        try (Connection connection = postgres.ownerConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String samples = "SELECT * FROM samples WHERE organization_id = '" + organizationId + "'";
            CountingSink sink = new CountingSink();
            long start = System.nanoTime();
            long rows = copy.copyOut("COPY (" + samples + ") TO STDOUT", sink);
            double millis = (System.nanoTime() - start) / 1e6;
            CountingSink json = new CountingSink();
            long jsonStart = System.nanoTime();
            copy.copyOut("COPY (SELECT row_to_json(s) FROM (" + samples + ") s) TO STDOUT", json);
            double jsonMillis = (System.nanoTime() - jsonStart) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "COPY floor: %,d samples, %,d bytes in %.0f ms (as JSON: %,d bytes in %.0f ms)%n",
                    rows,
                    sink.bytes,
                    millis,
                    json.bytes,
                    jsonMillis);
            return millis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts what COPY sends and keeps none of it. */
    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }

    private static long countLocalSamples(Workstation bench, UUID organizationId) {
        return bench.database().transaction(connection -> count(connection, organizationId));
    }

    private static long countServerSamples(PostgresTestDatabase postgres, UUID organizationId) throws SQLException {
        try (Connection connection = postgres.ownerConnection()) {
            return count(connection, organizationId);
        }
    }

    private static long count(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT COUNT(*) FROM samples WHERE organization_id = ?")) {
            statement.setObject(1, organizationId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void requireSucceeded(String what, SyncEngine.Report report) {
        if (!report.succeeded()) {
            throw new IllegalStateException("The " + what + " sync failed: " + report.failure() + " (" + report + ")");
        }
    }

    private static String[] row(String name, long count, String unit, double seconds) {
        return new String[] {
            name,
            String.format(Locale.ROOT, "%,d", count),
            unit,
            String.format(Locale.ROOT, "%.1f", seconds),
            String.format(Locale.ROOT, "%,.0f", count / seconds)
        };
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Path newDataDirectory() throws IOException {
        return Files.createTempDirectory("spectra-sync-bench-").toAbsolutePath();
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Notes when a sync first reports its pull phase, to split push time from pull time. */
    private static final class PhaseClock {
        final AtomicLong firstPullNanos = new AtomicLong();

        void observe(SyncStatus status) {
            if (status.phase() == SyncStatus.Phase.PULLING) {
                firstPullNanos.compareAndSet(0, System.nanoTime());
            }
        }

        void reset() {
            firstPullNanos.set(0);
        }
    }
}
