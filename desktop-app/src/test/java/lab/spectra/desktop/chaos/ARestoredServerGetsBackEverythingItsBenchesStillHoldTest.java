package lab.spectra.desktop.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.SyncServer;
import lab.spectra.server.backup.PostgresBackup;
import lab.spectra.server.config.Mode;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's restore scenario with PostgreSQL's own tools: three benches sync, the lab's database is
 * dumped ({@code pg_dump} as the owner), more work syncs (new samples, edits of each other's samples,
 * hand-overs), one bench works offline across the restore and another leaves a queue, every server
 * stops and the dump is restored ({@code pg_restore} as the owner, through the server's restore); the
 * server comes back on the restored data, which lacks everything synced after the dump. The benches
 * notice at their next sync, load the data again and send what they kept: afterwards every command
 * any bench made is decided on the server once, and every bench holds exactly the server's rows.
 */
class ARestoredServerGetsBackEverythingItsBenchesStillHoldTest {

    private static final String TOKEN_SECRET = "restore-test-secret-long-enough-for-hs256-0123456789";

    @TempDir
    Path folder;

    @Test
    void benchesSendAgainWhatTheRestoredDataLacksAndAllConverge() throws Exception {
        PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
        int port = freePort();
        Path serverData = folder.resolve("server");
        SyncServer server = start(postgres, port, serverData);
        ServerLab lab = new ServerLab(postgres);
        List<Bench> benches = new ArrayList<>();
        List<FaultyProxy> proxies = new ArrayList<>();
        String keptAs = null;
        try {
            ServerLab.Org org = lab.createOrganization(
                    "restore-" + UUID.randomUUID().toString().substring(0, 8),
                    server.parts().passwordHasher().hash(SyncTestbed.PASSWORD.toCharArray()));
            benches.add(new Bench("engineer", SyncTestbed.email(org, "engineer"), Role.ENGINEER, server.baseUri()));
            benches.add(new Bench("pi", SyncTestbed.email(org, "pi"), Role.PI, server.baseUri()));
            FaultyProxy network = new FaultyProxy(server.baseUri());
            proxies.add(network);
            benches.add(new Bench("technician", SyncTestbed.email(org, "tech"), Role.TECHNICIAN, network.uri()));
            Bench engineer = benches.get(0);
            Bench pi = benches.get(1);
            Bench technician = benches.get(2);
            engineer.makeSamples("before", 4);
            pi.makeSamples("before", 4);
            syncAll(benches);
            technician.handOverEverySample("Ana");
            syncAll(benches);
            UUID epochBefore = engineer.dataEpoch().orElseThrow();

            Path dump = folder.resolve("lab.dump");
            PostgresBackup backups = new PostgresBackup(postgres.settings(), Clock.systemUTC());
            backups.dump(dump);

            // After the dump: edits of each other's samples, new samples, hand-overs synced; then a
            // technician working offline across the restore, and a queue left on the engineer's bench.
            syncAll(benches);
            engineer.moveEverySample("Shelf 2");
            pi.makeSamples("after-dump", 5);
            syncAll(benches);
            pi.moveEverySample("Shelf 3");
            technician.handOverEverySample("Ben");
            syncAll(benches);
            List<UUID> syncedBeforeTheRestore = commandIds(benches);
            network.mode(FaultyProxy.Mode.DOWN);
            technician.handOverEverySample("Chen");
            engineer.makeSamples("queued", 3);
            long samplesBeforeRestore = samplesOnServer(postgres, org.id());
            assertThat(samplesBeforeRestore).isEqualTo(4 + 4 + 5);

            server.close();
            lab.close();
            PostgresBackup.Restored restored = backups.restore(dump);
            keptAs = restored.keptAs();
            assertThat(restored.epoch().id()).isNotEqualTo(epochBefore);
            assertThat(samplesOnServer(postgres, org.id()))
                    .as("the restored data lacks what was synced after the dump")
                    .isEqualTo(4 + 4);

            server = start(postgres, port, serverData);
            lab = new ServerLab(postgres);
            network.mode(FaultyProxy.Mode.PASS);
            for (int round = 0; round < 3; round++) {
                for (Bench bench : benches) {
                    SyncEngine.Report report = bench.sync();
                    assertThat(report.failure()).as(bench.name + " syncs").isNull();
                }
            }

            assertThat(samplesOnServer(postgres, org.id())).isEqualTo(4 + 4 + 5 + 3);
            for (Bench bench : benches) {
                assertThat(bench.dataEpoch()).contains(restored.epoch().id());
            }
            assertThat(new ScenarioInvariants(lab, org, benches).check()).isEmpty();
            // Sent again with the server's decision receipts, what it had applied before the restore
            // is decided as received then; what it never saw is received now.
            Instant restoredAt = restored.epoch().beganAt();
            Map<UUID, Instant> received = receivedAt(postgres, org.id());
            for (UUID synced : syncedBeforeTheRestore) {
                assertThat(received.get(synced))
                        .as("received at, for " + synced)
                        .isBefore(restoredAt);
            }
            List<UUID> queuedAcrossTheRestore = new ArrayList<>(commandIds(benches));
            queuedAcrossTheRestore.removeAll(syncedBeforeTheRestore);
            assertThat(queuedAcrossTheRestore).isNotEmpty();
            for (UUID queued : queuedAcrossTheRestore) {
                assertThat(received.get(queued))
                        .as("received at, for " + queued)
                        .isAfter(restoredAt);
            }
        } finally {
            benches.forEach(Bench::close);
            proxies.forEach(FaultyProxy::close);
            server.close();
            lab.close();
            postgres.close();
            if (keptAs != null) {
                dropDatabase(keptAs);
            }
        }
    }

    /** A bench with one person signed in, talking to the server directly. */
    private static final class Bench implements CheckedBench, AutoCloseable {
        final String name;
        final Role role;
        final Workstation workstation;
        final List<Made> made = new ArrayList<>();
        final UUID userId;

        Bench(String name, String email, Role role, java.net.URI server) {
            this.name = name;
            this.role = role;
            this.workstation = Workstation.open(
                    SyncTestbed.newDataDirectory(), new ServerLink(server, DomainJson.newMapper()), Clock.systemUTC());
            this.userId = workstation.signIn(email, SyncTestbed.PASSWORD).userId();
            workstation.sync().syncNow();
        }

        void makeSamples(String label, int count) {
            for (int i = 0; i < count; i++) {
                String barcode = name + "-" + label + "-" + i;
                CreateSample create = new CreateSample(
                        workstation.newMeta(userId), Ids.newId(), "Sample " + barcode, barcode, null, name, null);
                make(create);
            }
        }

        /** Moves every sample this bench holds to {@code location}, from where it holds it. */
        void moveEverySample(String location) {
            for (Sample sample : samples()) {
                if (location.equals(sample.location())) {
                    continue;
                }
                make(new EditSample(
                        workstation.newMeta(userId),
                        sample.id(),
                        null,
                        null,
                        new FieldChange<>(sample.location(), location),
                        null,
                        null,
                        null,
                        null));
            }
        }

        /** Hands every sample this bench holds over to {@code custodian}. */
        void handOverEverySample(String custodian) {
            for (Sample sample : samples()) {
                String from = workstation
                        .read(state -> state.latestCustodyEvent(sample.id()))
                        .map(CustodyEvent::toCustodian)
                        .orElse("Store");
                make(new RecordCustodyEvent(
                        workstation.newMeta(userId), Ids.newId(), sample.id(), from, custodian, "Lab 1", "Hand-over"));
            }
        }

        private List<Sample> samples() {
            return workstation.read(state -> state.<Sample>find(Table.SAMPLES, "deleted_at IS NULL"));
        }

        private void make(Command command) {
            assertThat(workstation.commands().execute(command)).isInstanceOf(Applied.class);
            made.add(new Made(command, name, role));
        }

        SyncEngine.Report sync() {
            return workstation.sync().syncNow();
        }

        Optional<UUID> dataEpoch() {
            return workstation.database().transaction(BenchState::dataEpoch);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Workstation workstation() {
            return workstation;
        }

        @Override
        public List<Made> made() {
            return made;
        }

        @Override
        public void close() {
            workstation.close();
        }
    }

    private static void syncAll(List<Bench> benches) {
        benches.forEach(Bench::sync);
    }

    private static SyncServer start(PostgresTestDatabase postgres, int port, Path data) {
        ServerConfig config = ServerConfig.builder(Mode.DEV, postgres.settings(), data)
                .listener(new ServerConfig.Listener("127.0.0.1", port, 64 * 1024))
                .hmacTokens("spectra-restore-test", TOKEN_SECRET)
                .loadDemoData(false)
                .build();
        return SyncServer.start(config);
    }

    private static List<UUID> commandIds(List<Bench> benches) {
        List<UUID> ids = new ArrayList<>();
        benches.forEach(bench ->
                bench.made().forEach(made -> ids.add(made.command().meta().commandId())));
        return ids;
    }

    private static Map<UUID, Instant> receivedAt(PostgresTestDatabase postgres, UUID organizationId)
            throws SQLException {
        Map<UUID, Instant> received = new HashMap<>();
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT command_id, received_at FROM processed_commands WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    received.put(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return received;
    }

    private static long samplesOnServer(PostgresTestDatabase postgres, UUID organizationId) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select =
                        owner.prepareStatement("SELECT count(*) FROM samples WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void dropDatabase(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:5432/spectra", "spectra_owner", "owner-secret");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
