package lab.spectra.model.org;

import java.time.Duration;

/**
 * How long a lab lets its benches work without the server, from the organization's settings.
 *
 * @param grace  how long after a person's last online contact they may still sign in offline
 * @param window how long after a bench's last time receipt the server vouches for a command's time
 */
public record OfflineSettings(Duration grace, Duration window) {

    public static final OfflineSettings DEFAULTS = new OfflineSettings(Duration.ofDays(7), Duration.ofDays(7));

    /** The organization's settings, {@code offline_grace_days} and {@code offline_window_days}, or the defaults. */
    public static OfflineSettings of(Organization organization) {
        return OrganizationSettings.of(organization).offline();
    }
}
