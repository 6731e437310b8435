package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A sync that meets a 500 says the server is failing, not that the network is down, and keeps the work. */
class AServerErrorIsReportedAsAServerErrorTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("server-error");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    @Test
    @Timeout(60)
    void theStatusNamesTheServerErrorAndTheSyncCanBeRepeatedLater() {
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        network.mode(FaultyProxy.Mode.SERVER_ERROR);

        SyncEngine.Report report = bench.sync().syncNow();

        assertThat(report.succeeded()).isFalse();
        SyncStatus status = bench.sync().status();
        assertThat(status.connectivity()).isEqualTo(SyncStatus.Connectivity.SERVER_ERROR);
        assertThat(status.lastError())
                .startsWith("The server reported an error (HTTP 500): Something went wrong on the server")
                .doesNotContain("cannot be reached");

        network.mode(FaultyProxy.Mode.PASS);
        assertThat(bench.sync().syncNow().succeeded()).isTrue();
        assertThat(bench.sync().status().connectivity()).isEqualTo(SyncStatus.Connectivity.ONLINE);
    }
}
