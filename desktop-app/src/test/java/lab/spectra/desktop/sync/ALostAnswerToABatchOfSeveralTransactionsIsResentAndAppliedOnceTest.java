package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server commits a pushed batch in several transactions of at most 64 commands (ADR 0031),
 * then the connection dies before its answer arrives. The bench sends the batch again: every
 * command comes back with its kept answer, none is applied twice, and the bench ends with exactly
 * the server's rows.
 */
class ALostAnswerToABatchOfSeveralTransactionsIsResentAndAppliedOnceTest {

    private static final int COMMANDS = 150;

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("lost-large");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    void everyCommandIsAppliedOnceAndTheBenchHoldsTheServersRows() {
        ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        String prefix = "LL-" + Ids.newId() + "-";
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < COMMANDS; i++) {
            UUID id = Ids.newId();
            ids.add(id);
            bench.commands()
                    .execute(new CreateSample(
                            bench.newMeta(engineer.userId()), id, "Lost " + i, prefix + i, null, null, null));
        }

        network.mode(FaultyProxy.Mode.CUT_ANSWERS);
        SyncEngine.Report cut = bench.sync().syncNow();

        assertThat(cut.succeeded()).isFalse();
        assertThat(network.cutAnswers()).isPositive();
        assertThat(server.count("SELECT count(*) FROM samples WHERE barcode LIKE ?", prefix + "%"))
                .isEqualTo(COMMANDS);
        assertThat(bench.sync().status().pending()).isEqualTo(COMMANDS);

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report retry = bench.sync().syncNow();

        assertThat(retry.succeeded()).as(retry.failure()).isTrue();
        assertThat(retry.applied()).isEqualTo(COMMANDS);
        assertThat(retry.refused()).isZero();
        assertThat(bench.sync().status().pending()).isZero();
        for (UUID id : ids) {
            assertThat(server.count("SELECT count(*) FROM change_log WHERE row_id = ?", id))
                    .isEqualTo(1);
            assertThat(server.count("SELECT count(*) FROM audit_log WHERE record_id = ?", id))
                    .isEqualTo(1);
        }
        assertThat(localVersions()).isEqualTo(server.versions("samples"));
        assertThat(bench.problems().open()).isEmpty();
    }

    private Map<UUID, Long> localVersions() {
        return new BenchReads(bench.commands()).read(rows -> {
            Map<UUID, Long> versions = new HashMap<>();
            rows.<Sample>rows(
                            Table.SAMPLES,
                            "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
                                    + " FROM samples s WHERE s.organization_id = ?",
                            rows.organizationId())
                    .forEach(sample -> versions.put(sample.id(), sample.rowVersion()));
            return versions;
        });
    }
}
