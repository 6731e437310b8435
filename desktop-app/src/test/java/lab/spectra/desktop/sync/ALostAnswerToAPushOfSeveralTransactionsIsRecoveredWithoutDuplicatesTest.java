package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.BenchTables;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.SyncServer;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One push request large enough to be decided in several transactions (ADR 0031) reaches the
 * server, every transaction commits, and the answer is lost on the way back. The bench keeps
 * every command queued and sends them again: each gets its kept answer, nothing is applied twice,
 * and the bench ends with exactly the server's rows. The server here takes the production body
 * limit, since the tests' 64 KB would split the push into requests of one transaction each.
 */
class ALostAnswerToAPushOfSeveralTransactionsIsRecoveredWithoutDuplicatesTest {

    /** Three transactions' worth, all in one request of at most {@code PUSH_BATCH}. */
    private static final int COMMANDS = 2 * CommandService.DECISIONS_PER_TRANSACTION + 22;

    private static final long PRODUCTION_MAX_REQUEST_BYTES = 1_048_576;

    private final PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
    private final SyncServer server = SyncServer.start(withProductionBodyLimit(DemoServer.config(postgres, false)));
    private final ServerLab lab = new ServerLab(postgres);
    private final ServerLab.Org org = lab.createOrganization(
            "lost-many", server.parts().passwordHasher().hash(SyncTestbed.PASSWORD.toCharArray()));
    private final FaultyProxy network = new FaultyProxy(server.baseUri());
    private final Workstation bench = Workstation.open(SyncTestbed.newDataDirectory(), network.uri());

    private static ServerConfig withProductionBodyLimit(ServerConfig config) {
        ServerConfig.Listener listener = config.listener();
        return config.toBuilder()
                .listener(new ServerConfig.Listener(
                        listener.host(), listener.port(), PRODUCTION_MAX_REQUEST_BYTES, listener.allowedHosts()))
                .build();
    }

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
        lab.close();
        server.close();
        postgres.close();
    }

    @Test
    void theResentPushGetsEveryKeptAnswerAndTheBenchEndsWithTheServersRows() {
        ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        assertThat(bench.sync().syncNow().succeeded()).isTrue();
        List<UUID> samples = new ArrayList<>();
        for (int i = 0; i < COMMANDS; i++) {
            UUID id = Ids.newId();
            samples.add(id);
            bench.commands()
                    .execute(new CreateSample(
                            bench.newMeta(engineer.userId()), id, "Lost " + i, "LM-" + i, null, null, null));
        }

        network.mode(FaultyProxy.Mode.CUT_ANSWERS);
        SyncEngine.Report cut = bench.sync().syncNow();

        assertThat(cut.succeeded()).isFalse();
        assertThat(network.cutAnswers()).isPositive();
        ServerTables onServer = new ServerTables(lab, org);
        assertThat(onServer.versions("samples"))
                .as("every transaction committed")
                .hasSize(COMMANDS);
        assertThat(bench.sync().status().pending()).isEqualTo(COMMANDS);

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report retry = bench.sync().syncNow();

        assertThat(retry.succeeded()).as(retry.failure()).isTrue();
        assertThat(retry.applied()).isEqualTo(COMMANDS);
        assertThat(retry.refused()).isZero();
        assertThat(bench.sync().status().pending()).isZero();
        for (UUID id : samples) {
            assertThat(onServer.count("SELECT count(*) FROM change_log WHERE row_id = ?", id))
                    .isEqualTo(1);
            assertThat(onServer.count("SELECT count(*) FROM audit_log WHERE record_id = ?", id))
                    .isEqualTo(1);
        }
        assertThat(BenchTables.versions(bench, "samples")).hasSize(COMMANDS).isEqualTo(onServer.versions("samples"));
        assertThat(bench.problems().open()).isEmpty();
    }
}
