package lab.spectra.desktop.sync;

import java.util.UUID;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.store.LocalQuery;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;

/**
 * The screens' reads of the local copy: under the bench's write lock, so a read never sees the
 * server's rows half let in by a rebase, and only once the data belongs to an organization.
 */
public final class BenchReads implements LocalReads {

    private final BenchCommands commands;

    public BenchReads(BenchCommands commands) {
        this.commands = commands;
    }

    @Override
    public <T> T read(LocalQuery<T> query) {
        return commands.exclusive(connection -> {
            UUID organizationId = BenchState.read(connection).organizationId();
            if (organizationId == null) {
                throw new IllegalStateException("Nobody has signed in on this workstation yet");
            }
            return query.run(new LocalRows(connection, organizationId, commands.mapper()));
        });
    }
}
