package lab.spectra.desktop.login.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SignedInThroughTheProvider;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.server.testing.CompanyIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bench passphrase lives only on its PC, so nobody can reset it; a person who forgot theirs
 * signs in at the provider and chooses a new one, and from then on only the new one opens the PC.
 */
class AForgottenBenchPassphraseIsReplacedAfterSigningInAtTheProviderTest {

    private static final String FORGOTTEN = "first-passphrase-long-1";
    private static final String CHOSEN_AGAIN = "second-passphrase-long-2";

    private static SignedInThroughTheProvider pc;

    @BeforeAll
    static void start() {
        pc = new SignedInThroughTheProvider("forgot-oidc");
    }

    @AfterAll
    static void stop() {
        pc.close();
    }

    @Test
    @Timeout(120)
    void theNewPassphraseOpensThePcOfflineAndTheForgottenOneNoLonger() {
        String subject = "lise-" + UUID.randomUUID();
        String email = subject + "@acme.example";
        CurrentUser lise = pc.firstSignIn(subject, email, "Lise Meitner", "lab-pis", FORGOTTEN);
        pc.bench.signOut(lise.userId());
        pc.company.provider.nextSignInIs(subject, CompanyIdentityProvider.person(email, "Lise Meitner", "lab-pis"));
        SignInService.ProviderStep step = pc.signIn.signInAtProvider(
                pc.signIn.startAtProvider(pc.signIn.identityProvider().orElseThrow()));
        SignInService.PassphraseNeeded entering = (SignInService.PassphraseNeeded) step;
        assertThat(entering.choosing()).isFalse();

        SignInService.Result replaced = pc.signIn.finishWithPassphrase(
                new SignInService.PassphraseNeeded(entering.session(), true),
                CHOSEN_AGAIN.toCharArray(),
                CHOSEN_AGAIN.toCharArray());
        assertThat(replaced).isInstanceOf(SignInService.SignedIn.class);
        pc.bench.signOut(lise.userId());
        pc.network.mode(FaultyProxy.Mode.DOWN);

        assertThat(pc.signIn.signIn(email, FORGOTTEN.toCharArray())).isInstanceOf(SignInService.Refused.class);
        SignInService.Result offline = pc.signIn.signIn(email, CHOSEN_AGAIN.toCharArray());
        assertThat(offline).isInstanceOf(SignInService.SignedIn.class);
        assertThat(((SignInService.SignedIn) offline).user().userId()).isEqualTo(lise.userId());
    }
}
