package lab.spectra.model.org;

import com.fasterxml.jackson.databind.JsonNode;
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
        JsonNode settings = organization.settings();
        return new OfflineSettings(
                days(settings, "offline_grace_days", DEFAULTS.grace()),
                days(settings, "offline_window_days", DEFAULTS.window()));
    }

    private static Duration days(JsonNode settings, String name, Duration fallback) {
        JsonNode value = settings == null ? null : settings.get(name);
        return value != null && value.canConvertToInt() && value.asInt() > 0 && value.asInt() <= 365
                ? Duration.ofDays(value.asInt())
                : fallback;
    }
}
