package lab.spectra.desktop.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lab.spectra.desktop.net.PlainHttp;
import lab.spectra.model.org.OfflineSettings;

/**
 * How this bench PC is set up, from the environment: which server (none → an embedded one with
 * the demo labs), where the local data lives, how long offline sign-in lasts.
 *
 * @param server        {@code SPECTRA_SERVER_URL}; empty runs the server inside the app
 * @param dataDirectory {@code SPECTRA_DATA_DIR}, default {@code ~/.spectra-lab}
 * @param plainHttp     {@code SPECTRA_ALLOW_PLAIN_HTTP=true} lets the bench use a plain http server
 *                      address on another machine; by default only https is (or http to this PC)
 */
public record DesktopSettings(
        Optional<URI> server, Path dataDirectory, Duration offlineGrace, Duration syncInterval, PlainHttp plainHttp) {

    public static DesktopSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static DesktopSettings from(Map<String, String> environment) {
        Optional<URI> server = Optional.ofNullable(environment.get("SPECTRA_SERVER_URL"))
                .filter(url -> !url.isBlank())
                .map(url -> URI.create(url.strip()));
        Path data = Path.of(environment.getOrDefault(
                        "SPECTRA_DATA_DIR",
                        Path.of(System.getProperty("user.home"), ".spectra-lab").toString()))
                .toAbsolutePath();
        Duration grace = Optional.ofNullable(environment.get("SPECTRA_OFFLINE_GRACE_DAYS"))
                .map(days -> Duration.ofDays(Long.parseLong(days.strip())))
                .orElse(OfflineSettings.DEFAULTS.grace());
        PlainHttp plainHttp = Boolean.parseBoolean(environment
                        .getOrDefault("SPECTRA_ALLOW_PLAIN_HTTP", "false")
                        .strip())
                ? PlainHttp.ALLOWED
                : PlainHttp.LOOPBACK_ONLY;
        return new DesktopSettings(server, data, grace, Duration.ofSeconds(30), plainHttp);
    }

    public Path benchDirectory() {
        return dataDirectory.resolve("bench");
    }
}
