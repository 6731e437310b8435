package lab.spectra.server.metrics;

import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandResult;

/**
 * Where each answer the server gives to a command is counted, by the command's type and what
 * became of it. The command service and the push route call it once per answer; the default
 * counts nothing, so a server without metrics pays nothing.
 */
@FunctionalInterface
public interface CommandOutcomes {

    /** Counts nothing. */
    CommandOutcomes NONE = (via, command, result) -> {};

    /** How the command reached the server. */
    enum Via {
        /** Pushed by a bench ({@code POST /sync/push}). */
        SYNC,
        /** Written through the REST API (and the server's own tools, which decide the same way). */
        REST;

        /** The value of the {@code via} tag. */
        public String tag() {
            return this == SYNC ? "sync" : "rest";
        }
    }

    void decided(Via via, Command command, CommandResult result);
}
