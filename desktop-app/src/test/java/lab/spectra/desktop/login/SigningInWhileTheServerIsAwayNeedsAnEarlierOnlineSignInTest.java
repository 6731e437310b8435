package lab.spectra.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Without a server: the sign-in view model with the real sign-in service on a fresh bench whose
 * server address answers nothing (a closed port on this PC).
 */
class SigningInWhileTheServerIsAwayNeedsAnEarlierOnlineSignInTest {

    private final Workstation bench = Workstation.open(SyncTestbed.newDataDirectory(), closedPort());
    private final AtomicReference<CurrentUser> signedIn = new AtomicReference<>();
    private final LoginViewModel model = new LoginViewModel(
            new SignInService(bench, Duration.ofDays(7)), new CurrentThreadTaskRunner(), List.of(), signedIn::set);

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void signInIsOfferedOnlyWithBothFieldsAndIsRefusedInWordsWithoutSigningAnyoneIn() {
        assertThat(model.canSignIn().get()).isFalse();
        model.email().set("tech@demo.lab");
        model.password().set("tech123");
        assertThat(model.canSignIn().get()).isTrue();

        model.signIn();

        assertThat(model.error().get())
                .isEqualTo("The server cannot sign you in now, and tech@demo.lab has not signed in online on this PC"
                        + " yet; connect to the network to sign in the first time");
        assertThat(model.busy().get()).isFalse();
        assertThat(signedIn.get()).isNull();
        assertThat(model.password().get()).as("kept, to try again once online").isEqualTo("tech123");
    }

    private static URI closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
