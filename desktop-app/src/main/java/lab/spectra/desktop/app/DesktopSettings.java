package lab.spectra.desktop.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lab.spectra.desktop.firstrun.LocalLab;
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
 * @param localLab      {@code SPECTRA_LOCAL_LAB} ({@code demo} or {@code lab}) when no server is
 *                      configured; empty asks on the first start
 */
public record DesktopSettings(
        Optional<URI> server,
        Path dataDirectory,
        Duration offlineGrace,
        Duration syncInterval,
        PlainHttp plainHttp,
        Optional<LocalLab> localLab) {

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
        Optional<LocalLab> localLab = Optional.ofNullable(environment.get("SPECTRA_LOCAL_LAB"))
                .filter(lab -> !lab.isBlank())
                .map(lab -> LocalLab.valueOf(lab.strip().toUpperCase(Locale.ROOT)));
        return new DesktopSettings(server, data, grace, Duration.ofSeconds(30), plainHttp, localLab);
    }

    /** The same settings running the given local lab (the first-start choice, or {@code --demo}). */
    public DesktopSettings withLocalLab(LocalLab lab) {
        return new DesktopSettings(server, dataDirectory, offlineGrace, syncInterval, plainHttp, Optional.of(lab));
    }

    /** The local lab to run when no server is configured; the demo unless this PC's lab was chosen. */
    public LocalLab localLabOrDemo() {
        return localLab.orElse(LocalLab.DEMO);
    }

    /**
     * The bench's local copy: one per lab it works for, so that exploring the demo never mixes
     * with this PC's own lab.
     */
    public Path benchDirectory() {
        return server.isEmpty() && localLabOrDemo() == LocalLab.LAB
                ? dataDirectory.resolve("lab").resolve("bench")
                : dataDirectory.resolve("bench");
    }
}
