package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server applied the batch, the connection died before the answer arrived, the client retries. */
class ALostAnswerIsRecoveredWithoutDuplicatesTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("lost");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    void theRetryGetsTheStoredAnswersAndNothingIsAppliedTwice() {
        ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        UUID first = Ids.newId();
        UUID second = Ids.newId();
        bench.commands()
                .execute(new CreateSample(bench.newMeta(engineer.userId()), first, "One", "L-1", null, null, null));
        bench.commands()
                .execute(new CreateSample(bench.newMeta(engineer.userId()), second, "Two", "L-2", null, null, null));

        network.mode(FaultyProxy.Mode.CUT_ANSWERS);
        SyncEngine.Report cut = bench.sync().syncNow();

        assertThat(cut.succeeded()).isFalse();
        assertThat(network.cutAnswers()).isPositive();
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", first))
                .isEqualTo(1);
        assertThat(bench.sync().status().pending()).isEqualTo(2);

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report retry = bench.sync().syncNow();

        assertThat(retry.succeeded()).as(retry.failure()).isTrue();
        assertThat(retry.applied()).isEqualTo(2);
        assertThat(bench.sync().status().pending()).isZero();
        for (UUID id : new UUID[] {first, second}) {
            assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", id))
                    .isEqualTo(1);
            assertThat(server.count("SELECT count(*) FROM change_log WHERE row_id = ?", id))
                    .isEqualTo(1);
            assertThat(server.count("SELECT count(*) FROM audit_log WHERE record_id = ?", id))
                    .isEqualTo(1);
        }
        assertThat(bench.problems().open()).isEmpty();
    }
}
