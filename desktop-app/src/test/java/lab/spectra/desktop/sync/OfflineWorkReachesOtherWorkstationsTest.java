package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.id.Ids;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OfflineWorkReachesOtherWorkstationsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("offline");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation benchA = testbed.newWorkstation(network.uri());
    private final Workstation benchB = testbed.newWorkstation();

    @AfterEach
    void closeAll() {
        benchA.close();
        benchB.close();
        network.close();
    }

    private static Optional<Sample> sample(Workstation bench, UUID id) {
        return bench.read(state -> state.sample(id));
    }

    @Test
    void aSampleCreatedWhileOfflineIsSentLaterAndAppearsOnAnotherWorkstation() {
        ServerSession engineer = benchA.signIn(SyncTestbed.email(org, "engineer"), SyncTestbed.PASSWORD);
        benchA.sync().syncNow();
        network.mode(FaultyProxy.Mode.DOWN);

        UUID sampleId = Ids.newId();
        var outcome = benchA.commands()
                .execute(new CreateSample(
                        benchA.newMeta(engineer.userId()), sampleId, "Made offline", "OFF-1", null, "Glovebox", null));
        SyncEngine.Report offline = benchA.sync().syncNow();

        assertThat(outcome).isInstanceOf(Applied.class);
        assertThat(sample(benchA, sampleId)).isPresent();
        assertThat(offline.succeeded()).isFalse();
        assertThat(benchA.sync().status().connectivity()).isEqualTo(SyncStatus.Connectivity.OFFLINE);
        assertThat(benchA.sync().status().pending()).isEqualTo(1);

        network.mode(FaultyProxy.Mode.PASS);
        SyncEngine.Report online = benchA.sync().syncNow();
        benchB.signIn(SyncTestbed.email(org, "viewer"), SyncTestbed.PASSWORD);
        benchB.sync().syncNow();

        assertThat(online.succeeded()).as(online.failure()).isTrue();
        assertThat(online.applied()).isEqualTo(1);
        assertThat(benchA.sync().status().pending()).isZero();
        assertThat(benchA.sync().status().connectivity()).isEqualTo(SyncStatus.Connectivity.ONLINE);
        Sample seenByB = sample(benchB, sampleId).orElseThrow();
        assertThat(seenByB.name()).isEqualTo("Made offline");
        assertThat(seenByB.location()).isEqualTo("Glovebox");
        assertThat(seenByB).isEqualTo(sample(benchA, sampleId).orElseThrow());
    }
}
