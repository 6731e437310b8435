package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SYNC.md, rebase: after a pull the screen shows server truth plus the user's unsent work. */
class PendingWorkIsReplayedOnTopOfPulledRowsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("rebase");
    private final Workstation bench = testbed.newWorkstation();

    @AfterEach
    void closeAll() {
        bench.close();
    }

    private Sample sample(UUID id) {
        return bench.read(state -> state.sample(id)).orElseThrow();
    }

    @Test
    void aSignedOutAuthorsSignedEditIsSentByWhoeverIsSignedInAndLandsOnTopOfOtherPeoplesChanges() {
        UUID sampleId = testbed.lab.sample(org, "RB-1");
        ServerSession engineer = bench.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        bench.commands()
                .execute(new EditSample(
                        bench.newMeta(engineer.userId()),
                        sampleId,
                        null,
                        null,
                        null,
                        null,
                        new FieldChange<>(sample(sampleId).notes(), "Edge chipped"),
                        null,
                        null));
        bench.signOut(engineer.userId());
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        assertThat(bench.sync().status().waitingForSignIn()).isZero();

        testbed.lab.run(
                new EditSample(
                        testbed.lab.meta(org.pi()),
                        sampleId,
                        null,
                        null,
                        null,
                        new FieldChange<>(SampleStatus.RECEIVED, SampleStatus.ON_HOLD),
                        null,
                        null,
                        null),
                org.pi());
        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.pushed()).isEqualTo(1);
        assertThat(report.applied()).isEqualTo(1);
        assertThat(report.pulledRows()).isPositive();
        assertThat(sample(sampleId).status()).isEqualTo(SampleStatus.ON_HOLD);
        assertThat(sample(sampleId).notes()).isEqualTo("Edge chipped");
        assertThat(bench.sync().status().pending()).isZero();
    }
}
