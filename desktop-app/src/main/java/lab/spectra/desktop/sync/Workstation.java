package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.desktop.auth.AuthClient;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.WitnessedCheckpoints;
import lab.spectra.model.clock.TrustedClock;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.DomainJson;

/**
 * The bench PC's offline core, assembled: the local database, commands run locally first, the
 * people signed in, and the sync engine. The desktop application builds one at start-up; tests
 * build several to play several PCs.
 */
public final class Workstation implements AutoCloseable {

    private final LocalDatabase database;
    private final BenchState benchState;
    private final TrustedClock clock;
    private final BenchCommands commands;
    private final Sessions sessions;
    private final AuthClient auth;
    private final SyncProblems problems;
    private final SyncEngine sync;

    private Workstation(LocalDatabase database, ServerLink link) {
        this.database = database;
        this.benchState = new BenchState(database);
        this.clock = TrustedClock.system(benchState);
        ObjectMapper mapper = link.mapper();
        this.commands = new BenchCommands(database, mapper, clock);
        this.sessions = new Sessions();
        this.auth = new AuthClient(link);
        this.problems = new SyncProblems(commands);
        SyncClient client = new SyncClient(link, auth, sessions);
        this.sync = new SyncEngine(
                commands,
                benchState,
                client,
                sessions,
                clock,
                problems,
                new AuditWitness(client, new WitnessedCheckpoints(database), clock));
    }

    /**
     * Opens the workstation kept in a directory.
     *
     * @param dataDirectory absolute; the local database lives there
     */
    public static Workstation open(Path dataDirectory, URI server) {
        return open(dataDirectory, new ServerLink(server, DomainJson.newMapper()));
    }

    public static Workstation open(Path dataDirectory, ServerLink link) {
        return new Workstation(LocalDatabase.open(dataDirectory), link);
    }

    /**
     * Signs a person in online. The first sign-in binds this PC's data to the person's
     * organization; people of another organization are turned away before anything is stored.
     *
     * @throws IllegalStateException when the PC belongs to another organization
     */
    public ServerSession signIn(String email, String password) {
        ServerSession session = auth.login(email, password);
        if (!benchState.bindTo(session.organizationId())) {
            throw new IllegalStateException(
                    "This workstation keeps another organization's data; " + session.email() + " cannot work on it");
        }
        sessions.signedIn(session);
        sync.refreshCounts();
        return session;
    }

    public void signOut(UUID userId) {
        sessions.signedOut(userId);
        sync.refreshCounts();
    }

    /** The meta of a new command by {@code author}, dated by the trusted clock. */
    public CommandMeta newMeta(UUID author) {
        return new CommandMeta(Ids.newId(), author, workstationId(), clock.instant());
    }

    /**
     * Reads the local copy of the organization's data (server truth plus this PC's unsent work),
     * never in the middle of a rebase.
     */
    public <T> T read(Function<JdbcDomainState, T> query) {
        return commands.exclusive(connection -> {
            UUID organizationId = BenchState.read(connection).organizationId();
            if (organizationId == null) {
                throw new IllegalStateException("Nobody has signed in on this workstation yet");
            }
            return query.apply(new JdbcDomainState(connection, organizationId, commands.mapper()));
        });
    }

    public UUID workstationId() {
        return benchState.read().workstationId();
    }

    public LocalDatabase database() {
        return database;
    }

    public TrustedClock clock() {
        return clock;
    }

    public BenchCommands commands() {
        return commands;
    }

    public SyncProblems problems() {
        return problems;
    }

    public SyncEngine sync() {
        return sync;
    }

    public Sessions sessions() {
        return sessions;
    }

    @Override
    public void close() {
        database.close();
    }
}
