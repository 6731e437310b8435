package lab.spectra.desktop.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A leaver who once signed in on a bench holds a signed snapshot that still says "active" until
 * it expires; the bench pulls the lab's people at every contact, so once anyone syncs there after
 * the deactivation, the leaver's offline sign-in is refused.
 */
class ADeactivatedPersonCannotSignInOfflineAfterTheBenchsNextSyncTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("leaver");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());

    @AfterEach
    void close() {
        bench.close();
        network.close();
    }

    @Test
    @Timeout(60)
    void theLeaversOfflineSignInIsRefusedOnceSomeoneSyncedHere() {
        String tech = SyncTestbed.email(org, "tech");
        bench.signIn(tech, SyncTestbed.PASSWORD);
        bench.signOut(org.technician().userId());
        testbed.server.server.parts().deactivation().deactivate(tech, "left the lab", null);

        bench.signIn(SyncTestbed.email(org, "pi"), SyncTestbed.PASSWORD);
        bench.sync().syncNow();
        bench.signOut(org.pi().userId());
        network.mode(FaultyProxy.Mode.DOWN);

        Workstation.OfflineSignIn offline =
                bench.signInOffline(tech, SyncTestbed.PASSWORD.toCharArray(), Duration.ofDays(7));

        assertThat(offline).isInstanceOf(Workstation.Refused.class);
        assertThat(((Workstation.Refused) offline).reason())
                .contains("disabled")
                .contains("Administration > People");
    }
}
