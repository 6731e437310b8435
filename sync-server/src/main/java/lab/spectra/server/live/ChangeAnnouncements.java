package lab.spectra.server.live;

import java.util.UUID;
import lab.spectra.server.db.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What PostgreSQL announces on {@code spectra_changes} (a trigger on the organization's counters,
 * inside the writing transaction, so it is heard at commit by every instance on the database),
 * passed on to this instance's streams.
 */
public final class ChangeAnnouncements implements NotificationListener.Subscriber {

    public static final String CHANNEL = "spectra_changes";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeAnnouncements.class);

    private final OrganizationChanges changes;
    private volatile boolean heardBefore;

    public ChangeAnnouncements(OrganizationChanges changes) {
        this.changes = changes;
    }

    @Override
    public void listening() {
        if (heardBefore) {
            // Listening again after a lost connection: what was announced meanwhile is unknown.
            changes.mayHaveMissedChanges();
        }
        heardBefore = true;
    }

    @Override
    public void heard(String payload) {
        int colon = payload.indexOf(':');
        try {
            changes.advanced(
                    UUID.fromString(payload.substring(0, colon)), Long.parseLong(payload.substring(colon + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            LOG.warn("Ignoring a malformed change announcement");
        }
    }

    @Override
    public void deaf(String why) {
        LOG.warn("Live updates wait for the database to listen again ({}); benches poll meanwhile", why);
    }
}
