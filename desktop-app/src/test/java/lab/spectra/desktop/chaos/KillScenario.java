package lab.spectra.desktop.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Command;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.testing.ServerLab;

/**
 * One kill -9 scenario (issue 21): the server and two benches (an engineer, a technician) run as
 * processes of their own; the seed draws which one is killed with SIGKILL and where — a bench inside
 * a local transaction, a bench in the middle of a sync, the server while a bench syncs — and each is
 * started again on the same files and database. At the end the benches are killed once more, opened
 * again in this JVM, synced until quiet, and {@link ScenarioInvariants} checks the end state.
 */
final class KillScenario {

    private final long seed;
    private final Random random;
    private final ServerLab lab;
    private final DatabaseSettings database;
    private final String passwordHash;
    private final ChaosTally.Scenario tally;
    private final int kills;

    KillScenario(
            ServerLab lab,
            DatabaseSettings database,
            String passwordHash,
            long seed,
            int kills,
            ChaosTally.Scenario tally) {
        this.lab = lab;
        this.database = database;
        this.passwordHash = passwordHash;
        this.seed = seed;
        this.random = new Random(seed);
        this.kills = kills;
        this.tally = tally;
    }

    List<String> run() throws Exception {
        ServerLab.Org org =
                lab.createOrganization("kill-" + UUID.randomUUID().toString().substring(0, 8), passwordHash);
        Instant now = Instant.now();
        UUID instrument = lab.instrument(org, "SMU " + org.organization().slug(), InstrumentKind.SMU);
        lab.calibrate(org, instrument, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(200)));
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        List<UUID> samples = List.of(lab.sample(org, "KFIX-0"), lab.sample(org, "KFIX-1"), lab.sample(org, "KFIX-2"));
        Path root = Files.createTempDirectory("spectra-kill-");
        int port = freePort();
        URI server = URI.create("http://127.0.0.1:" + port);
        Map<String, String> environment = Map.of(
                "CHAOS_DB_URL", database.url(),
                "CHAOS_DB_APP", database.app().user(),
                "CHAOS_DB_APP_PASSWORD", database.app().password(),
                "CHAOS_DB_LOGIN", database.login().user(),
                "CHAOS_DB_LOGIN_PASSWORD", database.login().password(),
                "CHAOS_DB_OWNER", database.owner().orElseThrow().user(),
                "CHAOS_DB_OWNER_PASSWORD", database.owner().orElseThrow().password());
        Files.createDirectories(Path.of("target", "chaos-kill"));
        try (ChildProcess serverProcess = ChildProcess.of(
                        "server",
                        ServerProcess.class,
                        List.of(Integer.toString(port), root.resolve("server").toString()),
                        environment,
                        Path.of("target", "chaos-kill", "server-" + seed + ".log"));
                ChildProcess engineer = bench("engineer", org, server, root, instrument, recipe, samples);
                ChildProcess technician = bench("technician", org, server, root, instrument, recipe, samples)) {
            serverProcess.start();
            serverProcess.await("LISTENING", Duration.ofMinutes(1));
            List<ChildProcess> benches = List.of(engineer, technician);
            for (ChildProcess bench : benches) {
                bench.start();
                bench.await("READY", Duration.ofMinutes(1));
            }
            for (int kill = 0; kill < kills; kill++) {
                ChildProcess bench = benches.get(random.nextInt(benches.size()));
                switch (random.nextInt(3)) {
                    case 0 -> {
                        bench.next("EXECUTING", Duration.ofSeconds(30));
                        killAndRestart(bench, "bench killed inside a local transaction", "READY");
                    }
                    case 1 -> {
                        bench.next("SYNCING", Duration.ofSeconds(30));
                        killAndRestart(bench, "bench killed mid-sync", "READY");
                    }
                    default -> {
                        bench.next("SYNCING", Duration.ofSeconds(30));
                        killAndRestart(serverProcess, "server killed while a bench syncs", "LISTENING");
                    }
                }
                Thread.sleep(100 + random.nextInt(400));
            }
            for (ChildProcess bench : benches) {
                bench.kill();
            }
            return converge(org, server, root, benches);
        } finally {
            deleteTree(root);
        }
    }

    private ChildProcess bench(
            String who, ServerLab.Org org, URI server, Path root, UUID instrument, UUID recipe, List<UUID> samples) {
        return ChildProcess.of(
                who,
                BenchProcess.class,
                List.of(
                        root.resolve(who).toString(),
                        server.toString(),
                        SyncTestbed.email(org, who.equals("engineer") ? "engineer" : "tech"),
                        SyncTestbed.PASSWORD,
                        Long.toString(seed * 31 + who.length()),
                        who,
                        instrument.toString(),
                        recipe.toString(),
                        samples.stream().map(UUID::toString).collect(Collectors.joining(","))),
                Map.of(),
                Path.of("target", "chaos-kill", who + "-" + seed + ".log"));
    }

    private void killAndRestart(ChildProcess victim, String fault, String ready) throws InterruptedException {
        // A few milliseconds on: inside the transaction, the push or the pull the line announced.
        Thread.sleep(random.nextInt(victim.name().equals("server") ? 30 : 8));
        long killed = System.nanoTime();
        victim.kill();
        tally.fault(fault);
        victim.start();
        victim.await(ready, Duration.ofMinutes(1));
        System.out.printf(
                "kill scenario %d: %s, back in %d ms%n", seed, fault, (System.nanoTime() - killed) / 1_000_000);
    }

    /** The benches, opened again here on their files, sync until a round sends nothing; then the invariants. */
    private List<String> converge(ServerLab.Org org, URI server, Path root, List<ChildProcess> processes)
            throws IOException {
        long converging = System.nanoTime();
        ObjectMapper mapper = DomainJson.newMapper();
        List<Reopened> benches = new ArrayList<>();
        try {
            for (ChildProcess process : processes) {
                Workstation workstation = Workstation.open(root.resolve(process.name()), server);
                benches.add(new Reopened(process.name(), workstation, made(process, mapper)));
                workstation.signIn(
                        SyncTestbed.email(org, process.name().equals("engineer") ? "engineer" : "tech"),
                        SyncTestbed.PASSWORD);
            }
            for (int round = 0; round < 6; round++) {
                boolean quiet = true;
                for (Reopened bench : benches) {
                    SyncEngine.Report report = bench.workstation().sync().syncNow();
                    quiet &= report.succeeded() && report.pushed() == 0;
                }
                if (quiet) {
                    break;
                }
            }
            benches.forEach(bench -> bench.made()
                    .forEach(made -> tally.made(made.command().getClass().getSimpleName())));
            System.out.printf(
                    "kill scenario %d: %s made %d commands, %s %d, converged in %d ms%n",
                    seed,
                    benches.get(0).name(),
                    benches.get(0).made().size(),
                    benches.get(1).name(),
                    benches.get(1).made().size(),
                    (System.nanoTime() - converging) / 1_000_000);
            return new ScenarioInvariants(lab, org, benches).check();
        } finally {
            benches.forEach(bench -> bench.workstation().close());
        }
    }

    private static List<CheckedBench.Made> made(ChildProcess process, ObjectMapper mapper) throws IOException {
        Role role = process.name().equals("engineer") ? Role.ENGINEER : Role.TECHNICIAN;
        List<CheckedBench.Made> made = new ArrayList<>();
        for (String line : process.output()) {
            if (!line.startsWith("MADE ")) {
                continue;
            }
            int space = line.indexOf(' ', 5);
            Class<? extends Command> type =
                    CommandTypes.byWireName(line.substring(5, space)).orElseThrow();
            made.add(new CheckedBench.Made(mapper.readValue(line.substring(space + 1), type), process.name(), role));
        }
        return made;
    }

    private record Reopened(String name, Workstation workstation, List<Made> made) implements CheckedBench {}

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
