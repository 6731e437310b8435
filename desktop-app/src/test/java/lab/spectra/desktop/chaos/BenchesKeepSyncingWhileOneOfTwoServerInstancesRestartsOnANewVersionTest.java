package lab.spectra.desktop.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.RoundRobinFront;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.TemplatedDatabases;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.ServerMain;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * A rolling server upgrade (issue 22): two production-mode server instances on one PostgreSQL
 * database, sharing their token and record-signing keys, behind a round-robin balancer; three benches
 * make commands and sync all along. Instance A is stopped and started again as the next version — its
 * release brings an expand migration (a nullable column on the tables every push and pull touches, a
 * new table), applied with {@code serve --migrate} — while instance B, the previous version, keeps
 * serving on the expanded schema. Then both serve. Nothing may be lost or applied twice, every bench
 * must converge, and the syncs must really have gone through both instances before and after the
 * restart and through B while A was away.
 */
class BenchesKeepSyncingWhileOneOfTwoServerInstancesRestartsOnANewVersionTest {

    /** The next release's extra migration scripts, put on the restarted instance's class path only. */
    private static final Path NEXT_VERSION = Path.of("src", "test", "next-server-version");

    /** The last of the next version's expand scripts. */
    private static final String EXPAND_VERSION = "999.1.4";

    private static final int A = 0;
    private static final int B = 1;
    /** Syncs each instance must answer in each phase, so that a phase is not over before it began. */
    private static final int SYNCS_PER_PHASE = 4;

    private static final Duration PHASE_WITHIN = Duration.ofSeconds(40);

    @Test
    void nothingIsLostOrAppliedTwiceAndTheSyncsWentThroughBothInstancesAroundTheRestart() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "rolling-upgrade"));
        Timeline timeline = new Timeline();
        try (PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated()) {
            ServerLab lab = new ServerLab(postgres);
            ServerLab.Org org = lab.createOrganization(
                    "rolling-" + UUID.randomUUID().toString().substring(0, 8),
                    new PasswordHasher().hash(SyncTestbed.PASSWORD.toCharArray()));
            Instant now = Instant.now();
            UUID instrument = lab.instrument(org, "SMU " + org.organization().slug(), InstrumentKind.SMU);
            lab.calibrate(org, instrument, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(200)));
            UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
            List<UUID> samples =
                    List.of(lab.sample(org, "RFIX-0"), lab.sample(org, "RFIX-1"), lab.sample(org, "RFIX-2"));

            Path sharedKeys = Files.createTempDirectory("spectra-rolling-keys-");
            Instance a = new Instance("a", postgres, sharedKeys, freePort());
            Instance b = new Instance("b", postgres, sharedKeys, freePort());
            List<ChaosBench> benches = new ArrayList<>();
            AtomicBoolean working = new AtomicBoolean(true);
            List<Thread> workers = new ArrayList<>();
            try (ChildProcess oldA = a.process("a-previous", List.of(), false, logs);
                    ChildProcess oldB = b.process("b-previous", List.of(), false, logs);
                    ChildProcess newA = a.process("a-next", List.of(NEXT_VERSION), true, logs);
                    RoundRobinFront front = new RoundRobinFront(List.of(a.uri(), b.uri()))) {
                try {
                    // The first instance alone creates the key files; the second starts once they are
                    // there and reads the same (two first starts at once would make two sets of keys).
                    oldA.start();
                    a.awaitSharedKeys(oldA);
                    oldB.start();
                    a.awaitServing(oldA);
                    b.awaitServing(oldB);
                    timeline.mark("both instances serve");

                    TemplatedDatabases databases = TemplatedDatabases.migrated();
                    benches.add(bench(front, databases, org, "engineer", "engineer", Role.ENGINEER));
                    benches.add(bench(front, databases, org, "technician", "tech", Role.TECHNICIAN));
                    benches.add(bench(front, databases, org, "admin", "admin", Role.ADMIN));
                    signInAtOnce(benches);
                    timeline.mark("benches signed in");
                    AtomicInteger failedSyncs = new AtomicInteger();
                    for (int i = 0; i < benches.size(); i++) {
                        Bench worker = new Bench(benches.get(i), 22_300L + i, instrument, recipe, samples);
                        Thread thread = new Thread(() -> worker.work(working, failedSyncs), "bench-" + i);
                        thread.start();
                        workers.add(thread);
                    }

                    Counts beforeStart = Counts.of(front);
                    await(
                            "both previous-version instances answer syncs",
                            () -> Counts.of(front).minus(beforeStart).bothAnsweredAtLeast(SYNCS_PER_PHASE));
                    Counts beforeRestart = Counts.of(front);
                    timeline.mark("syncs through both");

                    // SIGTERM, as a service manager stops it: its shutdown hook closes the server.
                    oldA.stop(Duration.ofSeconds(30));
                    Counts aStopped = Counts.of(front);
                    timeline.mark("A stopped");
                    await("instance B takes every sync while A is away", () -> {
                        Counts during = Counts.of(front).minus(aStopped);
                        return during.syncs(B) >= SYNCS_PER_PHASE && during.pushes(B) >= 1;
                    });
                    newA.start();
                    a.awaitServing(newA);
                    Counts aBack = Counts.of(front);
                    timeline.mark("A serves as the next version");
                    assertThat(expandMigrationApplied(postgres.settings()))
                            .as("the next version migrated the shared schema while B served")
                            .isTrue();

                    await(
                            "both instances answer syncs after the restart",
                            () -> Counts.of(front).minus(aBack).bothAnsweredAtLeast(SYNCS_PER_PHASE));
                    Counts afterRestart = Counts.of(front).minus(aBack);
                    timeline.mark("syncs through both again");
                    stop(working, workers);

                    converge(benches);
                    timeline.mark("benches converged");
                    List<String> broken = new ScenarioInvariants(lab, org, benches).check();
                    String summary = String.format(
                            "rolling upgrade: before %s, while A was away %s, after %s; %d commands made,"
                                    + " %d syncs failed on the way (cut by the stop), %d requests refused by all; %s",
                            beforeRestart.minus(beforeStart),
                            aBack.minus(aStopped),
                            afterRestart,
                            benches.stream()
                                    .mapToInt(bench -> bench.made.size())
                                    .sum(),
                            failedSyncs.get(),
                            front.refusedByAll(),
                            timeline);
                    System.out.println(summary);

                    assertThat(broken).as(summary).isEmpty();
                    assertThat(beforeRestart.minus(beforeStart).bothAnsweredAtLeast(SYNCS_PER_PHASE))
                            .as("syncs went through both instances before the restart: " + summary)
                            .isTrue();
                    assertThat(aBack.minus(aStopped).syncs(B))
                            .as("syncs went through B while A restarted")
                            .isGreaterThanOrEqualTo(SYNCS_PER_PHASE);
                    assertThat(afterRestart.bothAnsweredAtLeast(SYNCS_PER_PHASE))
                            .as("syncs went through both instances after the restart: " + summary)
                            .isTrue();
                    assertThat(aBack.minus(aStopped).syncs(A))
                            .as("nothing reached A while it was stopped")
                            .isZero();
                    assertThat(front.refusedByAll())
                            .as("a request always found an instance serving")
                            .isZero();
                    assertThat(benches)
                            .as("every bench worked through the upgrade")
                            .allSatisfy(bench -> assertThat(bench.made).isNotEmpty());
                    assertThat(oldB.alive())
                            .as("B served throughout, never restarted")
                            .isTrue();
                } finally {
                    stop(working, workers);
                    keep(logs, oldA, oldB, newA);
                }
            } finally {
                benches.forEach(ChaosBench::close);
            }
        }
    }

    /** The three people sign in at the same time, as a lab's morning does; each bench then takes its first sync. */
    private static void signInAtOnce(List<ChaosBench> benches) throws InterruptedException {
        List<Thread> signingIn = new ArrayList<>();
        List<RuntimeException> failed = new CopyOnWriteArrayList<>();
        for (ChaosBench bench : benches) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            bench.start();
                        } catch (RuntimeException e) {
                            failed.add(e);
                        }
                    },
                    "sign-in-" + bench.name());
            thread.start();
            signingIn.add(thread);
        }
        for (Thread thread : signingIn) {
            thread.join();
        }
        if (!failed.isEmpty()) {
            throw failed.get(0);
        }
    }

    /** The people stop working (a test that failed halfway stops them too, before their benches close). */
    private static void stop(AtomicBoolean working, List<Thread> workers) throws InterruptedException {
        working.set(false);
        for (Thread worker : workers) {
            worker.join(Duration.ofSeconds(30).toMillis());
        }
    }

    /** What the instances printed (their log), beside their errors, for a failure to be read later. */
    private static void keep(Path logs, ChildProcess... processes) {
        for (ChildProcess process : processes) {
            try {
                Files.write(logs.resolve(process.name() + ".out"), process.output());
            } catch (IOException e) {
                // only a diagnostic
            }
        }
    }

    private static ChaosBench bench(
            RoundRobinFront front,
            TemplatedDatabases databases,
            ServerLab.Org org,
            String name,
            String who,
            Role role) {
        return new ChaosBench(
                front.uri(), databases, name, List.of(new ChaosBench.Person(SyncTestbed.email(org, who), role)));
    }

    /** Every bench syncs until a round in which none sent anything: every pull came after the last push. */
    private static void converge(List<ChaosBench> benches) {
        for (int round = 0; round < 6; round++) {
            boolean quiet = true;
            for (ChaosBench bench : benches) {
                SyncEngine.Report report = bench.sync();
                quiet &= report.succeeded() && report.pushed() == 0;
            }
            if (quiet) {
                return;
            }
        }
    }

    private static boolean expandMigrationApplied(DatabaseSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        settings.url(), settings.app().user(), settings.app().password());
                Statement statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT label_printed_at FROM samples LIMIT 0")
                    .close();
            try (ResultSet applied = statement.executeQuery(
                    "SELECT success FROM flyway_schema_history WHERE version = '" + EXPAND_VERSION + "'")) {
                return applied.next() && applied.getBoolean(1);
            }
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_WITHIN.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PHASE_WITHIN + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** When each phase ended, in seconds from the start: where the test's minute goes. */
    private static final class Timeline {
        private final long started = System.nanoTime();
        private final StringBuilder marks = new StringBuilder();

        void mark(String what) {
            marks.append(marks.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s at %.1f s", what, (System.nanoTime() - started) / 1e9));
        }

        @Override
        public String toString() {
            return marks.toString();
        }
    }

    /** Syncs and pushes each instance answered, as the balancer counted them. */
    private record Counts(long syncsA, long syncsB, long pushesA, long pushesB) {
        static Counts of(RoundRobinFront front) {
            return new Counts(
                    front.syncsAnswered(A), front.syncsAnswered(B), front.pushesAnswered(A), front.pushesAnswered(B));
        }

        Counts minus(Counts earlier) {
            return new Counts(
                    syncsA - earlier.syncsA,
                    syncsB - earlier.syncsB,
                    pushesA - earlier.pushesA,
                    pushesB - earlier.pushesB);
        }

        long syncs(int instance) {
            return instance == A ? syncsA : syncsB;
        }

        long pushes(int instance) {
            return instance == A ? pushesA : pushesB;
        }

        boolean bothAnsweredAtLeast(int syncs) {
            return syncsA >= syncs && syncsB >= syncs && pushesA >= 1 && pushesB >= 1;
        }

        @Override
        public String toString() {
            return "A " + syncsA + " syncs (" + pushesA + " pushes), B " + syncsB + " syncs (" + pushesB + " pushes)";
        }
    }

    /**
     * One server instance as production runs it: the server's own command line in a JVM of its own,
     * production mode, its own data folder and port, the token and record-signing keys in files all
     * instances share, the application role only — or, for a new version, {@code serve --migrate}
     * with the owner's credentials, dropped once migrated.
     */
    private static final class Instance {
        private final String name;
        private final ProductionSetup setup;
        private final Path sharedKeys;
        private final int port;

        Instance(String name, PostgresTestDatabase postgres, Path sharedKeys, int port) {
            this.name = name;
            this.setup = new ProductionSetup(postgres);
            this.sharedKeys = sharedKeys;
            this.port = port;
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + port);
        }

        ChildProcess process(String version, List<Path> classPathBefore, boolean migrate, Path logs) {
            Map<String, String> environment = new HashMap<>(setup.environment(migrate));
            environment.put("SPECTRA_PORT", Integer.toString(port));
            environment.put("SPECTRA_JWKS_FILE", tokenKeys().toString());
            environment.put("SPECTRA_RECORD_KEYS_FILE", recordKeys().toString());
            return ChildProcess.of(
                    version,
                    ServerMain.class,
                    classPathBefore,
                    migrate ? List.of("serve", "--migrate") : List.of("serve"),
                    environment,
                    logs.resolve(version + ".log"));
        }

        /** Waits until its first start has written the token and record-signing keys every instance shares. */
        void awaitSharedKeys(ChildProcess process) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!Files.exists(tokenKeys()) || !Files.exists(recordKeys())) {
                if (!process.alive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("instance " + name + " wrote no keys; see target/rolling-upgrade");
                }
                Thread.sleep(50);
            }
        }

        private Path tokenKeys() {
            return sharedKeys.resolve("signing-keys.jwks.json");
        }

        private Path recordKeys() {
            return sharedKeys.resolve("record-signing-keys.jwks.json");
        }

        /** Waits until it answers its health check, as a balancer's probe would. */
        void awaitServing(ChildProcess process) throws InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            HttpRequest health = HttpRequest.newBuilder(uri().resolve("/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.alive()) {
                    throw new IllegalStateException("instance " + name + " exited; see target/rolling-upgrade");
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("instance " + name + " did not serve within 90 s");
        }
    }

    /**
     * What a person at a bench does, at a person's pace: a command now and then, made from what the
     * bench holds, and a sync every few of them — whichever instance the balancer sends it to.
     */
    private static final class Bench {
        private final ChaosBench bench;
        private final Random random;
        private final PersonsWork work;

        Bench(ChaosBench bench, long seed, UUID instrument, UUID recipe, List<UUID> samples) {
            this.bench = bench;
            this.random = new Random(seed);
            this.work = new PersonsWork(random, bench.role() != Role.TECHNICIAN, instrument, recipe, samples, "R");
        }

        void work(AtomicBoolean working, AtomicInteger failedSyncs) {
            while (working.get()) {
                try {
                    Thread.sleep(20 + random.nextInt(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (random.nextInt(3) == 0) {
                    try {
                        if (!bench.sync().succeeded()) {
                            failedSyncs.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failedSyncs.incrementAndGet();
                    }
                    continue;
                }
                work.draw(bench.workstation(), bench.userId()).ifPresent(this::make);
            }
        }

        private void make(Command command) {
            if (bench.workstation().commands().execute(command) instanceof Applied) {
                bench.made.add(new CheckedBench.Made(command, bench.name, bench.role()));
                work.made(command);
            }
        }
    }
}
