package lab.spectra.desktop.login.oidc;

import java.time.Duration;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.server.testing.LabWithItsIdentityProvider;

/**
 * A lab whose server trusts the company's identity provider, and one bench PC of it that reaches
 * the server through a proxy the test can take down. Made once per test class (a server of its
 * own beside the shared one, on the same database).
 */
final class SignedInThroughTheProvider implements AutoCloseable {

    final LabWithItsIdentityProvider company;
    final FaultyProxy network;
    final Workstation bench;
    final HttpClientBrowser browser = new HttpClientBrowser();
    final SignInService signIn;

    SignedInThroughTheProvider(String slug) {
        SyncTestbed testbed = SyncTestbed.get();
        company = LabWithItsIdentityProvider.startOn(testbed.server.postgres, slug, "not-a-real-hash");
        network = new FaultyProxy(company.server.baseUri());
        bench = testbed.newWorkstation(network.uri());
        signIn = new SignInService(
                bench, Duration.ofDays(7), new BrowserSignIn(browser, DomainJson.newMapper(), Duration.ofSeconds(30)));
    }

    @Override
    public void close() {
        bench.close();
        network.close();
        company.close();
    }
}
