package lab.spectra.model.protocol;

/**
 * What a server tells benches about releases ({@code GET /bench/releases}, open to all, so that a
 * bench too old to sync can still read it): the sync protocol versions it accepts, and the lab's
 * current bench release and where its installer is published, when the lab says so.
 *
 * @param latestBenchVersion null when the lab announces none
 * @param installerUrl       null when the lab announces none
 */
public record BenchReleaseNotice(
        int oldestSyncProtocol, int newestSyncProtocol, String latestBenchVersion, String installerUrl) {}
