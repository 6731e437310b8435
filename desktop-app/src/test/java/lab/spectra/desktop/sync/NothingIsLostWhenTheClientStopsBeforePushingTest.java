package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

class NothingIsLostWhenTheClientStopsBeforePushingTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("restart");
    private final ServerTables server = new ServerTables(testbed.lab, org);

    @Test
    void commandsCommittedLocallyAreSentAfterTheWorkstationStartsAgain() {
        Path data = SyncTestbed.newDataDirectory();
        UUID sampleId = Ids.newId();
        try (Workstation before = Workstation.open(data, testbed.serverUri())) {
            ServerSession engineer = before.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            before.sync().syncNow();
            before.commands()
                    .execute(new CreateSample(
                            before.newMeta(engineer.userId()),
                            sampleId,
                            "Before the crash",
                            "R-1",
                            null,
                            "Bench 1",
                            null));
            before.commands()
                    .execute(new RecordCustodyEvent(
                            before.newMeta(engineer.userId()),
                            Ids.newId(),
                            sampleId,
                            "Stores",
                            "Process engineer",
                            "Furnace room",
                            "annealing"));
            // Stopped here: committed locally, never pushed.
        }
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .isZero();

        try (Workstation after = Workstation.open(data, testbed.serverUri())) {
            after.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            assertThat(after.sync().status().pending()).isEqualTo(2);
            SyncEngine.Report report = after.sync().syncNow();

            assertThat(report.applied()).as(String.valueOf(report.failure())).isEqualTo(2);
            assertThat(after.sync().status().pending()).isZero();
        }
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM custody_events WHERE sample_id = ?", sampleId))
                .isEqualTo(1);
    }
}
