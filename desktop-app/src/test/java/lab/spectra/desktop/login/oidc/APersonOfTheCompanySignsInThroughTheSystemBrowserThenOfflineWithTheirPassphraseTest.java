package lab.spectra.desktop.login.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SignedInThroughTheProvider;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.CompanyIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16: the bench signs a person in at the company's identity provider (authorization code
 * with PKCE through the system browser and a loopback redirect), the lab's server makes their
 * account, the person sets a bench passphrase, and with it they sign in on this PC while the
 * server is away.
 */
class APersonOfTheCompanySignsInThroughTheSystemBrowserThenOfflineWithTheirPassphraseTest {

    private static final String PASSPHRASE = "violet-kettle-harbour-42";

    private static SignedInThroughTheProvider pc;

    @BeforeAll
    static void start() {
        pc = new SignedInThroughTheProvider("bench-oidc");
    }

    @AfterAll
    static void stop() {
        pc.close();
    }

    @Test
    @Timeout(90)
    void theBrowserSignInEndsOnlineAndThePassphraseThenOpensThePcOffline() {
        IdentityProvider provider = pc.signIn.identityProvider().orElseThrow();
        assertThat(provider.label()).isEqualTo("Acme");
        String email = "rosalind-" + UUID.randomUUID() + "@acme.example";
        pc.company.provider.nextSignInIs(
                "rosalind-" + UUID.randomUUID(),
                CompanyIdentityProvider.person(email, "Rosalind Franklin", "lab-technicians"));

        SignInService.ProviderStep step = pc.signIn.signInAtProvider(pc.signIn.startAtProvider(provider));

        assertThat(step).isInstanceOf(SignInService.PassphraseNeeded.class);
        SignInService.PassphraseNeeded needed = (SignInService.PassphraseNeeded) step;
        assertThat(needed.choosing()).isTrue();
        assertThat(pc.browser.opened).singleElement().satisfies(address -> assertThat(address.getQuery())
                .contains("code_challenge_method=S256")
                .contains("redirect_uri=http://127.0.0.1:"));
        SignInService.Result online =
                pc.signIn.finishWithPassphrase(needed, PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray());
        assertThat(online).isInstanceOf(SignInService.SignedIn.class);
        SignInService.SignedIn signedInOnline = (SignInService.SignedIn) online;
        assertThat(signedInOnline.user().signedInOnline()).isTrue();
        assertThat(signedInOnline.user().role()).isEqualTo(Role.TECHNICIAN);
        assertThat(signedInOnline.user().displayName()).isEqualTo("Rosalind Franklin");
        pc.bench.signOut(signedInOnline.user().userId());

        pc.network.mode(FaultyProxy.Mode.DOWN);
        SignInService.Result offline = pc.signIn.signIn(email, PASSPHRASE.toCharArray());

        assertThat(offline).isInstanceOf(SignInService.SignedIn.class);
        SignInService.SignedIn signedInOffline = (SignInService.SignedIn) offline;
        assertThat(signedInOffline.user().signedInOnline()).isFalse();
        assertThat(signedInOffline.user().userId())
                .isEqualTo(signedInOnline.user().userId());
        assertThat(signedInOffline.user().role()).isEqualTo(Role.TECHNICIAN);
    }
}
