package lab.spectra.server.metrics;

import java.util.List;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.PushResponse;

/**
 * What the sync routes report: the commands a push brought and how each was answered, and the
 * rows a pull sent. One call per request, from the route, so the push and pull paths stay free to
 * change underneath.
 */
public interface SyncMetrics {

    /** Counts nothing. */
    SyncMetrics NONE = new SyncMetrics() {
        @Override
        public void pushed(List<Command> commands, PushResponse answer) {}

        @Override
        public void pulled(long rows) {}
    };

    /** A push was decided: {@code answer} holds one result per command, in the order sent. */
    void pushed(List<Command> commands, PushResponse answer);

    /** A pull page was sent with this many rows (changes and tombstones). */
    void pulled(long rows);
}
