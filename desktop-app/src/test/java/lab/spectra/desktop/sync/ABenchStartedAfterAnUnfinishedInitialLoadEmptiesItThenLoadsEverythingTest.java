package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import lab.spectra.desktop.testing.BenchTables;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032, revised: an initial load is committed a part at a time, marked unfinished until its
 * last part. A PC switched off in the middle leaves committed parts behind; the next start empties
 * them before anything is shown, and the next sync loads the organization whole.
 */
class ABenchStartedAfterAnUnfinishedInitialLoadEmptiesItThenLoadsEverythingTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("unfinished-load");

    @Test
    void thePartsOfALoadThatDidNotFinishAreGoneAtTheNextStartAndTheNextSyncLoadsEverything() {
        BenchTables.samplesOnTheServer(lab, org, "PART", 40);
        Path data = SyncTestbed.newDataDirectory();
        try (Workstation before = Workstation.open(data, testbed.serverUri())) {
            before.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);
            assertThat(before.sync().syncNow().succeeded()).isTrue();
            // What the PC holds when it was switched off after the load's first parts were committed.
            before.database().transaction(connection -> {
                try (PreparedStatement part = connection.prepareStatement(
                                "DELETE FROM samples WHERE id IN (SELECT id FROM samples ORDER BY id LIMIT 15)");
                        PreparedStatement mark = connection.prepareStatement(
                                "UPDATE sync_state SET initial_load_unfinished = TRUE, checkpoint = 0")) {
                    part.executeUpdate();
                    mark.executeUpdate();
                }
                return null;
            });
        }

        try (Workstation after = Workstation.open(data, testbed.serverUri())) {
            after.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);

            assertThat(BenchTables.versions(after, "samples")).isEmpty();
            assertThat(BenchTables.versions(after, "organizations")).isEmpty();
            assertThat(BenchTables.checkpoint(after)).isZero();
            assertThat(after.database().transaction(InitialLoadMark::isSet)).isFalse();

            assertThat(after.sync().syncNow().succeeded()).isTrue();
            assertThat(BenchTables.versions(after, "samples"))
                    .hasSize(40)
                    .isEqualTo(new ServerTables(lab, org).versions("samples"));
            assertThat(BenchTables.checkpoint(after)).isEqualTo(BenchTables.serverCheckpoint(lab, org));
        }
    }
}
