package lab.spectra.server.live;

import java.time.Clock;
import java.util.Optional;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.NotificationListener;

/**
 * The live-update streams of this instance and what feeds them: on PostgreSQL the announcements
 * of every instance on the database ({@code LISTEN spectra_changes}); on H2, where this is the
 * only instance, its own transactions as they commit.
 */
public final class LiveUpdates implements AutoCloseable {

    private final OrganizationChanges changes;
    private final Optional<NotificationListener> listener;

    private LiveUpdates(OrganizationChanges changes, Optional<NotificationListener> listener) {
        this.changes = changes;
        this.listener = listener;
    }

    /** Starts feeding the streams. */
    public static LiveUpdates start(
            Database database,
            DatabaseSettings listenAs,
            StreamSettings settings,
            OrganizationChanges.SessionCheck sessions,
            Clock clock) {
        OrganizationChanges changes = new OrganizationChanges(settings, sessions, clock);
        if (database.dialect() == SqlDialect.POSTGRESQL) {
            NotificationListener listener =
                    new NotificationListener(listenAs, ChangeAnnouncements.CHANNEL, new ChangeAnnouncements(changes));
            listener.start();
            return new LiveUpdates(changes, Optional.of(listener));
        }
        database.tellCommittedChangesTo(changes::advanced);
        return new LiveUpdates(changes, Optional.empty());
    }

    public OrganizationChanges changes() {
        return changes;
    }

    /** Whether changes committed anywhere reach this instance's streams now. */
    public boolean hearing() {
        return listener.map(NotificationListener::listening).orElse(true);
    }

    @Override
    public void close() {
        listener.ifPresent(NotificationListener::close);
        changes.close();
    }
}
