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
 * A server that answers 500 is broken, not gone: people who signed in here before still sign in
 * offline, and whoever cannot is told the server is at fault rather than their network.
 */
class ABrokenServerDoesNotLockPeopleOutOfTheBenchTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("broken-server");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final Workstation bench = testbed.newWorkstation(network.uri());
    private final SignInService signIn = new SignInService(bench, Duration.ofDays(7));

    @AfterEach
    void closeAll() {
        bench.close();
        network.close();
    }

    private SignInService.Result signIn(String who) {
        return signIn.signIn(SyncTestbed.email(org, who), SyncTestbed.PASSWORD.toCharArray());
    }

    @Test
    @Timeout(60)
    void someoneWhoSignedInHereBeforeSignsInOfflineWhileTheServerAnswers500() {
        assertThat(signIn("tech")).isInstanceOf(SignInService.SignedIn.class);
        network.mode(FaultyProxy.Mode.SERVER_ERROR);

        SignInService.Result duringTheFault = signIn("tech");

        assertThat(duringTheFault).isInstanceOf(SignInService.SignedIn.class);
        assertThat(((SignInService.SignedIn) duringTheFault).user().signedInOnline())
                .isFalse();
    }

    @Test
    @Timeout(60)
    void someoneWhoCannotSignInOfflineIsToldTheServerIsBrokenNotTheNetwork() {
        assertThat(signIn("tech")).isInstanceOf(SignInService.SignedIn.class);
        network.mode(FaultyProxy.Mode.SERVER_ERROR);

        SignInService.Result neverHere = signIn("pi");

        assertThat(neverHere).isInstanceOf(SignInService.Refused.class);
        assertThat(((SignInService.Refused) neverHere).message())
                .startsWith("The server reported an error (HTTP 500): Something went wrong on the server.")
                .contains("has not signed in online on this PC yet")
                .doesNotContain("cannot be reached");
    }
}
