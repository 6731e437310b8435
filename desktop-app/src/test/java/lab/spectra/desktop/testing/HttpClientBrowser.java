package lab.spectra.desktop.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import lab.spectra.desktop.auth.oidc.SystemBrowser;

/**
 * The "system browser" of a test PC: an HTTP client that goes where the app sends it and follows
 * redirects, as a browser does when the provider signs its person in without asking anything (the
 * provider's session already exists). There is no browser in CI; this one has no JavaScript either,
 * which the authorization code flow does not need.
 */
public final class HttpClientBrowser implements SystemBrowser {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    public final List<URI> opened = new CopyOnWriteArrayList<>();

    @Override
    public void open(URI address) {
        opened.add(address);
        // Like a real browser, the app does not wait for the page.
        http.sendAsync(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.discarding());
    }
}
