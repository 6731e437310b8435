package lab.spectra.desktop.testing;

import java.time.Duration;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.testing.CompanyIdentityProvider;
import lab.spectra.server.testing.LabWithItsIdentityProvider;

/**
 * A lab whose server trusts the company's identity provider, and one bench PC of it that reaches
 * the server through a proxy the test can take down. Made once per test class (a server of its
 * own beside the shared one, on the same database).
 */
public final class SignedInThroughTheProvider implements AutoCloseable {

    public final LabWithItsIdentityProvider company;
    public final FaultyProxy network;
    public final Workstation bench;
    public final HttpClientBrowser browser = new HttpClientBrowser();
    public final SignInService signIn;

    public SignedInThroughTheProvider(String slug) {
        SyncTestbed testbed = SyncTestbed.get();
        company = LabWithItsIdentityProvider.startOn(testbed.server.postgres, slug, "not-a-real-hash");
        network = new FaultyProxy(company.server.baseUri());
        bench = testbed.newWorkstation(network.uri());
        signIn = new SignInService(
                bench, Duration.ofDays(7), new BrowserSignIn(browser, DomainJson.newMapper(), Duration.ofSeconds(30)));
    }

    /**
     * A person of the company signs in on this PC through the browser for the first time and
     * chooses {@code passphrase}; answers them as signed in.
     */
    public CurrentUser firstSignIn(String subject, String email, String name, String group, String passphrase) {
        company.provider.nextSignInIs(subject, CompanyIdentityProvider.person(email, name, group));
        IdentityProvider provider = signIn.identityProvider().orElseThrow();
        SignInService.ProviderStep step = signIn.signInAtProvider(signIn.startAtProvider(provider));
        if (!(step instanceof SignInService.PassphraseNeeded needed)) {
            throw new IllegalStateException("Not signed in at the provider: " + step);
        }
        SignInService.Result result =
                signIn.finishWithPassphrase(needed, passphrase.toCharArray(), passphrase.toCharArray());
        if (!(result instanceof SignInService.SignedIn signedIn)) {
            throw new IllegalStateException("The passphrase did not open the PC: " + result);
        }
        return signedIn.user();
    }

    @Override
    public void close() {
        bench.close();
        network.close();
        company.close();
    }
}
