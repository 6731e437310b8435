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

/**
 * A shared bench: the engineer and the technician both leave work queued and go home; the next
 * morning the technician signs in first, and both queues go out with her session, each change
 * decided as its own author's (ADR 0012).
 */
class TwoPeoplesQueuesAreSentByWhoeverSignsInFirstTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("shared-bench");
    private final ServerTables server = new ServerTables(testbed.lab, org);
    private final Path data = SyncTestbed.newDataDirectory();

    @Test
    void bothQueuesAreAppliedWhenOnlyTheTechnicianSignsIn() {
        UUID sampleId = Ids.newId();
        try (Workstation bench = Workstation.open(data, testbed.serverUri())) {
            ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
            bench.sync().syncNow();
            bench.commands()
                    .execute(new CreateSample(
                            bench.newMeta(engineer.userId()), sampleId, "Shared", "SB-1", null, "Bench 2", null));
            bench.signOut(engineer.userId());
            // Nobody syncs before the next morning.
            ServerSession tech = bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
            bench.commands()
                    .execute(new RecordCustodyEvent(
                            bench.newMeta(tech.userId()),
                            Ids.newId(),
                            sampleId,
                            "Bench 2",
                            "Tess",
                            "Probe station",
                            "IV sweep"));
            bench.signOut(tech.userId());
        }

        try (Workstation nextMorning = Workstation.open(data, testbed.serverUri())) {
            nextMorning.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
            assertThat(nextMorning.sync().status().pending()).isEqualTo(2);
            assertThat(nextMorning.sync().status().waitingForSignIn()).isZero();

            SyncEngine.Report report = nextMorning.sync().syncNow();

            assertThat(report.applied()).as(String.valueOf(report.failure())).isEqualTo(2);
            assertThat(report.refused()).isZero();
        }
        assertThat(server.count("SELECT count(*) FROM samples WHERE id = ?", sampleId))
                .isEqualTo(1);
        assertThat(server.count("SELECT count(*) FROM custody_events WHERE sample_id = ?", sampleId))
                .isEqualTo(1);
    }
}
