package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import lab.spectra.desktop.store.TheFixtureLab;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.sample.Sample;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: what a server of sync protocol 2 sent is kept (recorded by
 * {@link MakeTheRecordedPullsOfThisRelease}), and every later bench must still read it. A new bench
 * signs in through a real HTTP server that answers its initial load and pull with the recorded bytes
 * (and passes sign-in and the rest to the real test server), syncs, and must end with exactly the
 * rows the recording bench ended with, at the same checkpoint.
 */
class ABenchAppliesThePullsItsReleasesServerRecordedTest {

    private static final String PROTOCOL_2 = "lab/spectra/desktop/sync/fixtures/protocol-2";

    @Test
    void aNewBenchEndsWithTheRecordedRows() {
        SyncTestbed testbed = SyncTestbed.get();
        TheFixtureLab.on(testbed);
        try (RecordingFront front = RecordingFront.replaying(TheFixtureLab.serverUri(testbed), PROTOCOL_2);
                Workstation bench = Workstation.open(SyncTestbed.newDataDirectory(), front.uri())) {
            bench.signIn(TheFixtureLab.email("engineer"), SyncTestbed.PASSWORD);

            SyncEngine.Report report = bench.sync().syncNow();

            assertThat(report.succeeded()).as("the sync: " + report).isTrue();
            assertThat(front.servedFromTheRecording())
                    .as("answers served from the recording (the initial load and one pull page)")
                    .isEqualTo(2);
            assertThat(RecordedRows.of(bench))
                    .as("the bench's checkpoint and rows")
                    .containsExactlyElementsOf(RecordedRows.recorded(PROTOCOL_2));
            Optional<Sample> handedOver = bench.read(state -> state.sample(TheFixtureLab.SAMPLES.get(2)));
            assertThat(handedOver.map(Sample::location))
                    .as("where a sample is that the office moved, then handed over, after the initial load")
                    .contains("Room 2");
        }
    }
}
