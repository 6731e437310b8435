package lab.spectra.desktop.update;

import java.util.Optional;
import lab.spectra.model.protocol.BenchReleaseNotice;
import lab.spectra.model.protocol.BenchVersion;

/**
 * The lab's current bench release, newer than this bench: offered quietly in the status bar,
 * never in the way of work.
 *
 * @param version      as the lab announced it, e.g. {@code 1.4.0}
 * @param installerUrl where the lab publishes the installer; null when it did not say
 */
public record UpdateAvailable(String version, String installerUrl) {

    /**
     * What {@code notice} offers a bench of release {@code thisBench}: nothing when the lab
     * announces no release, one this ordering cannot read, or one no newer than this bench, and
     * nothing to a bench that does not know its own release.
     */
    public static Optional<UpdateAvailable> in(BenchReleaseNotice notice, Optional<BenchVersion> thisBench) {
        if (notice == null || thisBench.isEmpty()) {
            return Optional.empty();
        }
        return BenchVersion.parse(notice.latestBenchVersion())
                .filter(latest -> latest.isNewerThan(thisBench.get()))
                .map(latest ->
                        new UpdateAvailable(notice.latestBenchVersion().strip(), blankAsNone(notice.installerUrl())));
    }

    private static String blankAsNone(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }
}
