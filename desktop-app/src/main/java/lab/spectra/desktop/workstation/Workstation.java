package lab.spectra.desktop.workstation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.crypto.SecretKey;
import lab.spectra.desktop.audit.AuditClient;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.auth.AuthClient;
import lab.spectra.desktop.auth.PeopleClient;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.SessionCalls;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.files.BenchFiles;
import lab.spectra.desktop.files.FileClient;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.WorkstationRevokedException;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.store.DatabaseOpener;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.WitnessedCheckpoints;
import lab.spectra.desktop.sync.AuditWitness;
import lab.spectra.desktop.sync.Backoff;
import lab.spectra.desktop.sync.BenchCommands;
import lab.spectra.desktop.sync.LiveUpdates;
import lab.spectra.desktop.sync.LocalAccounts;
import lab.spectra.desktop.sync.ReleaseWatch;
import lab.spectra.desktop.sync.SyncClient;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.sync.SyncProblems;
import lab.spectra.desktop.sync.SyncScheduler;
import lab.spectra.desktop.trust.BenchTrust;
import lab.spectra.desktop.trust.CommandSigner;
import lab.spectra.desktop.trust.Identities;
import lab.spectra.desktop.trust.Keyring;
import lab.spectra.desktop.trust.PasswordSeal;
import lab.spectra.desktop.trust.PersonKeys;
import lab.spectra.desktop.trust.ReceiptFloor;
import lab.spectra.desktop.trust.SigningLockouts;
import lab.spectra.desktop.trust.SnapshotStore;
import lab.spectra.desktop.trust.TamperingDetected;
import lab.spectra.desktop.trust.TrustAnchor;
import lab.spectra.desktop.trust.TrustClient;
import lab.spectra.desktop.trust.UnlockedPerson;
import lab.spectra.desktop.update.ThisRelease;
import lab.spectra.model.clock.TrustedClock;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.model.trust.IdentitySnapshot;

/**
 * The bench PC's offline core, assembled: the keyring and trust anchor beside the encrypted local
 * database, commands run locally first and signed, the people signed in, and the sync engine.
 * The desktop application builds one at start-up; tests build several to play several PCs.
 *
 * <p>The local database stays closed until someone unlocks it (ADR 0012): online, with the key
 * sealed for them in the keyring or held for the lab by the server; offline, only with the key
 * sealed for them. Everything that reads or writes local data is available from then on.
 */
public final class Workstation implements AutoCloseable {

    /** The outcome of an offline sign-in. */
    public sealed interface OfflineSignIn {}

    public record Unlocked(IdentitySnapshot snapshot) implements OfflineSignIn {}

    public record Refused(String reason) implements OfflineSignIn {}

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Reopening a dropped live-update stream: soon, and never more than half a minute apart. */
    private static final Backoff LIVE_UPDATES_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final AtomicReference<String> signedOutBecause = new AtomicReference<>();
    private final Path directory;
    private final DatabaseOpener databases;
    private final ServerLink link;
    private final Clock wallClock;
    private final ObjectMapper mapper;
    /** Replaced when a revoked bench wipes itself: it starts again as a new bench. */
    private volatile Keyring keyring;

    private volatile TrustAnchor anchor;
    private final List<Consumer<String>> wipeListeners = new CopyOnWriteArrayList<>();
    private final Sessions sessions = new Sessions();
    private final Identities identities = new Identities();
    private final AuthClient auth;
    private final TrustClient trustClient;
    private volatile Opened opened;

    /** What exists once the local database is open. */
    private record Opened(
            LocalDatabase database,
            BenchState benchState,
            BenchTrust trust,
            ReceiptFloor floor,
            SnapshotStore snapshots,
            TrustedClock clock,
            BenchCommands commands,
            SyncProblems problems,
            SyncEngine sync,
            BenchFiles files) {}

    private Workstation(Path directory, ServerLink link, Clock wallClock, DatabaseOpener databases) {
        this.directory = directory.toAbsolutePath().normalize();
        this.databases = databases;
        this.link = link;
        this.wallClock = wallClock;
        this.mapper = link.mapper();
        this.keyring = loadKeyring(this.directory);
        this.anchor = TrustAnchor.load(this.directory);
        this.auth = new AuthClient(link);
        this.trustClient = new TrustClient(link);
        link.identifyAs(keyring.workstationId());
    }

    /**
     * Opens the workstation kept in a directory.
     *
     * @param dataDirectory absolute; the keyring, trust anchor and local database live there
     */
    public static Workstation open(Path dataDirectory, URI server) {
        return open(dataDirectory, new ServerLink(server, DomainJson.newMapper()));
    }

    public static Workstation open(Path dataDirectory, ServerLink link) {
        return open(dataDirectory, link, Clock.systemUTC());
    }

    /** @param wallClock the PC's clock, which the trusted clock never lets go below the server's receipts */
    public static Workstation open(Path dataDirectory, ServerLink link, Clock wallClock) {
        return open(dataDirectory, link, wallClock, DatabaseOpener.STANDARD);
    }

    /** @param databases how the local database is opened (tests starting many benches copy a migrated one) */
    public static Workstation open(Path dataDirectory, ServerLink link, Clock wallClock, DatabaseOpener databases) {
        return new Workstation(dataDirectory, link, wallClock, databases);
    }

    private static Keyring loadKeyring(Path directory) {
        if (!Keyring.existsIn(directory) && LocalDatabase.existsIn(directory)) {
            // A bench from before encryption: it keeps its workstation id and is encrypted at the
            // next online sign-in.
            UUID workstationId;
            try (LocalDatabase plain = LocalDatabase.openPlain(directory)) {
                workstationId = new BenchState(plain).read().workstationId();
            }
            return Keyring.load(directory, workstationId, true);
        }
        return Keyring.load(directory, Ids.newId());
    }

    /**
     * Signs a person in online: the server checks the password; the bench unseals (or makes and
     * registers) the person's device key, opens its database, keeps the server's signed snapshot
     * and time receipt, and signs any of the person's queued changes made before it signed
     * anything. People of another organization are turned away before anything is stored.
     *
     * @throws IllegalStateException when the PC belongs to another organization
     */
    public ServerSession signIn(String email, String password) {
        return unlockWith(auth.login(email, password), password);
    }

    /**
     * Signs a person in online who must replace their password first (one an admin set): the
     * server takes the new one, and the bench goes on as at any online sign-in with it.
     */
    public ServerSession signInWithNewPassword(String email, String temporaryPassword, String chosenPassword) {
        return unlockWith(auth.changePassword(email, temporaryPassword, chosenPassword), chosenPassword);
    }

    /** The identity provider the lab's server offers for signing in, if any (ADR 0024). */
    public Optional<IdentityProvider> identityProvider() {
        return auth.identityProvider();
    }

    /**
     * Trades the identity provider's access token for the server's own session; nothing on this PC
     * is unlocked until the person gives their bench passphrase ({@link #signInThroughProvider}).
     */
    public ServerSession exchange(String providerAccessToken) {
        return auth.exchange(providerAccessToken);
    }

    /** Whether the person has a bench passphrase on this PC (they signed in here before). */
    public boolean hasBenchPassphrase(ServerSession session) {
        return keyring.person(session.email())
                .filter(person -> person.userId().equals(session.userId()))
                .isPresent();
    }

    /**
     * Finishes an online sign-in of someone the lab's identity provider vouched for. Such people
     * have no password with the lab, so a bench passphrase takes its place on this PC: it seals
     * their device key exactly as a password does (ADR 0012), so it is what signs them in offline
     * and what they type to sign records (ADR 0018).
     *
     * @param choosing true to set the passphrase (the first time on this PC, or a forgotten one,
     *                 which replaces the device key as a password change does); false when it must
     *                 open the key sealed here before
     * @throws IllegalStateException a passphrase that does not open this PC's key, or another organization's PC
     */
    public ServerSession signInThroughProvider(ServerSession session, String passphrase, boolean choosing) {
        if (!choosing) {
            Keyring.Person entry = keyring.person(session.email())
                    .filter(person -> person.userId().equals(session.userId()))
                    .orElseThrow(
                            () -> new IllegalStateException("You have no bench passphrase on this PC yet; choose one"));
            if (PersonKeys.unseal(entry, passphrase.toCharArray(), keyring.workstationId())
                    .isEmpty()) {
                throw new IllegalStateException("Wrong bench passphrase. Forgotten it? Choose a new one instead");
            }
        }
        return unlockWith(session, passphrase);
    }

    /** Administration of the lab's people with the online session of {@code admin}. */
    public PeopleClient people(UUID admin) {
        return new PeopleClient(link, auth, sessions, admin);
    }

    private ServerSession unlockWith(ServerSession session, String password) {
        if (keyring.organizationId()
                .filter(bound -> !bound.equals(session.organizationId()))
                .isPresent()) {
            throw new IllegalStateException(
                    "This workstation keeps another organization's data; " + session.email() + " cannot work on it");
        }
        char[] secret = password.toCharArray();
        Optional<Keyring.Person> entry = keyring.person(session.email());
        byte[] salt = entry.map(Keyring.Person::salt).orElseGet(PasswordSeal::newSalt);
        SecretKey passwordKey = PasswordSeal.derive(secret, salt);
        Optional<PersonKeys.Unsealed> unsealed = entry.filter(
                        person -> person.userId().equals(session.userId()))
                .flatMap(person -> PersonKeys.unseal(person, passwordKey, keyring.workstationId()));
        ECKey deviceKey = unsealed.map(PersonKeys.Unsealed::deviceKey).orElseGet(DeviceKeys::generate);
        TrustClient.Registered registered;
        try {
            registered = register(session, deviceKey);
        } catch (WorkstationRevokedException e) {
            throw wipe(e);
        } catch (ServerRefusedException e) {
            if (e.status() != 409) {
                throw e;
            }
            // The old key was retired (revoked with a lost bench, say): a new one replaces it.
            deviceKey = DeviceKeys.generate();
            registered = register(session, deviceKey);
        }
        anchor.trust(registered.recordKeys());
        if (anchor.isEmpty()) {
            throw new TamperingDetected("The server sent no record-signing key this PC could anchor its trust in");
        }
        String databaseKey = databaseKey(session, unsealed.flatMap(PersonKeys.Unsealed::databaseKey));
        keyring.bindTo(session.organizationId());
        Opened bench = open(databaseKey, session.organizationId(), Optional.of(registered.timeReceipt()));
        if (!bench.benchState().bindTo(session.organizationId())) {
            throw new IllegalStateException(
                    "This workstation keeps another organization's data; " + session.email() + " cannot work on it");
        }
        IdentitySnapshot snapshot =
                bench.trust().snapshot(registered.snapshot(), session.userId(), deviceKey.getKeyID());
        bench.snapshots().save(session.userId(), registered.snapshot(), wallClock.instant());
        bench.clock()
                .observeServerTime(bench.trust()
                        .receipt(registered.timeReceipt())
                        .orElseThrow()
                        .time());
        keyring.put(PersonKeys.seal(
                session.userId(), session.email(), salt, passwordKey, deviceKey, databaseKey, keyring.workstationId()));
        identities.unlocked(new UnlockedPerson(deviceKey, snapshot));
        sessions.signedIn(session);
        // An online sign-in lifts a lock on offline signing (ADR 0018): the server checked the password.
        new SigningLockouts(bench.database()).clear(session.userId());
        RevocationNotice.clear(directory);
        bench.commands().signEarlierWorkOf(session.userId());
        bench.sync().refreshCounts();
        return session;
    }

    /**
     * Signs a person in without the server: their password must unseal the key sealed for them
     * here, and the server's signed snapshot of them must hold and be recent enough.
     *
     * @param maximumGrace the bench's own limit; the organization's (in the snapshot) may be shorter
     */
    public OfflineSignIn signInOffline(String email, char[] password, Duration maximumGrace) {
        Optional<Keyring.Person> entry = keyring.person(email);
        if (entry.isEmpty()) {
            return new Refused("The server cannot sign you in now, and " + email.strip()
                    + " has not signed in online on this PC yet; connect to the network to sign in the first time");
        }
        Optional<PersonKeys.Unsealed> unsealed = PersonKeys.unseal(entry.get(), password, keyring.workstationId());
        if (unsealed.isEmpty() || unsealed.get().databaseKey().isEmpty()) {
            return new Refused("Wrong email or password");
        }
        IdentitySnapshot snapshot;
        Opened bench;
        try {
            bench = open(
                    unsealed.get().databaseKey().get(), keyring.organizationId().orElse(null), Optional.empty());
            snapshot = bench.trust()
                    .snapshot(
                            bench.snapshots().load(entry.get().userId()).orElse(null),
                            entry.get().userId(),
                            entry.get().keyId());
        } catch (TamperingDetected e) {
            return new Refused(e.getMessage() + ". Sign in while connected to the network.");
        }
        Duration grace = snapshot.offlineGrace().compareTo(maximumGrace) < 0 ? snapshot.offlineGrace() : maximumGrace;
        Instant now = bench.clock().instant();
        if (now.isAfter(snapshot.issuedAt().plus(grace))) {
            return new Refused("Offline sign-in has expired: it is allowed for " + grace.toDays()
                    + " days after your last online sign-in on this PC; connect to the network and sign in again");
        }
        if (!snapshot.active() || deactivatedInLocalCopy(entry.get().userId())) {
            return new Refused("This account is disabled; an admin of your lab can enable it again under"
                    + " Administration > People");
        }
        identities.unlocked(new UnlockedPerson(unsealed.get().deviceKey(), snapshot));
        bench.sync().refreshCounts();
        return new Unlocked(snapshot);
    }

    /**
     * Whether the organization's data pulled here says the person was deactivated: the signed
     * snapshot of them is renewed only when they sign in online, but every bench pulls the users
     * of its lab at each contact, so a leaver's offline sign-in ends at the bench's next sync.
     */
    private boolean deactivatedInLocalCopy(UUID userId) {
        return new LocalAccounts(commands()).deactivated(userId);
    }

    /** The person as the local copy knows them now (role and active flag as last pulled). */
    public Optional<UserAccount> account(UUID userId) {
        return new LocalAccounts(commands()).of(userId);
    }

    public void signOut(UUID userId) {
        sessions.signedOut(userId);
        identities.locked(userId);
        Opened bench = opened;
        if (bench != null) {
            bench.sync().refreshCounts();
        }
    }

    /** The meta of a new command by {@code author}, dated by the trusted clock. */
    public CommandMeta newMeta(UUID author) {
        return new CommandMeta(Ids.newId(), author, workstationId(), clock().instant());
    }

    /**
     * Reads the local copy of the organization's data (server truth plus this PC's unsent work),
     * never in the middle of a rebase.
     */
    public <T> T read(Function<JdbcDomainState, T> query) {
        BenchCommands commands = commands();
        return commands.exclusive(connection -> {
            UUID organizationId = BenchState.read(connection).organizationId();
            if (organizationId == null) {
                throw new IllegalStateException("Nobody has signed in on this workstation yet");
            }
            return query.apply(new JdbcDomainState(connection, organizationId, mapper));
        });
    }

    /** Read once, from the keyring: it never changes while the bench's data lives. */
    public UUID workstationId() {
        return keyring.workstationId();
    }

    /** Whether someone has unlocked the local database since the app started. */
    public boolean isOpen() {
        return opened != null;
    }

    public LocalDatabase database() {
        return bench().database();
    }

    public TrustedClock clock() {
        return bench().clock();
    }

    public BenchCommands commands() {
        return bench().commands();
    }

    public SyncProblems problems() {
        return bench().problems();
    }

    public SyncEngine sync() {
        return bench().sync();
    }

    /**
     * The server's live updates for this bench, feeding {@code scheduler} (ADR 0034); not started.
     */
    public LiveUpdates liveUpdates(SyncScheduler scheduler) {
        return liveUpdates(scheduler, link.baseUri());
    }

    /** As {@link #liveUpdates(SyncScheduler)}, the stream read from {@code streamFrom} (a test's proxy). */
    public LiveUpdates liveUpdates(SyncScheduler scheduler, URI streamFrom) {
        return new LiveUpdates(
                streamFrom, sessions, new SessionCalls(auth, sessions), sync(), scheduler, LIVE_UPDATES_BACKOFF);
    }

    /** The files this bench holds by content: taken in, uploaded after sync, fetched on demand. */
    public BenchFiles files() {
        return bench().files();
    }

    public Sessions sessions() {
        return sessions;
    }

    public Identities identities() {
        return identities;
    }

    /** A PI's, admin's or inspector's online calls to the audit trail (ADR 0029). */
    public AuditClient auditClient() {
        return new AuditClient(link, new SessionCalls(auth, sessions));
    }

    /** An admin's online calls about the lab's workstations and settings. */
    public AdminClient adminClient() {
        return new AdminClient(link, new SessionCalls(auth, sessions));
    }

    /** The people who have unlocked this bench at least once (its keyring), by e-mail. */
    public Keyring keyring() {
        return keyring;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        Opened bench = opened;
        if (bench != null) {
            bench.database().close();
        }
    }

    /**
     * What this PC was told when its data was deleted because an admin revoked it, until someone
     * signs in again; empty otherwise.
     */
    /**
     * Remembers why the person at this bench was signed out by the lab (deactivated, session ended
     * on the server), for the sign-in screen that follows; kept in memory only, told once.
     */
    public void noteSignedOutBecause(String reason) {
        signedOutBecause.set(reason);
    }

    /** Why the last person was signed out by the lab, once; empty when they signed out themselves. */
    public Optional<String> takeSignOutReason() {
        return Optional.ofNullable(signedOutBecause.getAndSet(null));
    }

    public Optional<String> wipeNotice() {
        return RevocationNotice.read(directory);
    }

    /** Called with the message in words when a revoked bench has deleted its data (on the thread that saw it). */
    public void onWiped(Consumer<String> listener) {
        wipeListeners.add(listener);
    }

    /**
     * Deletes everything this bench keeps (ADR 0016), because the server said an admin revoked
     * it: the local database with its outbox, the keyring with every person's sealed keys, the
     * trust anchor. What was not sent is lost on purpose: a lost or stolen PC's queue cannot be
     * told apart from its thief's work. The bench is then a new, never-used one (a new
     * workstation id), and a notice says in words what happened.
     *
     * @return the exception to report, with what was done
     */
    public synchronized WorkstationRevokedException wipe(WorkstationRevokedException revoked) {
        Opened bench = opened;
        opened = null;
        if (bench != null) {
            bench.database().close();
        }
        List.copyOf(sessions.all()).forEach(session -> sessions.signedOut(session.userId()));
        List.copyOf(identities.all()).forEach(person -> identities.locked(person.userId()));
        String notice = revoked.getMessage() + ". This PC's local data has been deleted; a person of the lab"
                + " can sign in again to use it as a new workstation.";
        RevocationNotice.replaceContentsWith(directory, notice);
        keyring = Keyring.load(directory, Ids.newId());
        anchor = TrustAnchor.load(directory);
        link.identifyAs(keyring.workstationId());
        wipeListeners.forEach(listener -> listener.accept(notice));
        return new WorkstationRevokedException(notice);
    }

    private Opened bench() {
        Opened bench = opened;
        if (bench == null) {
            throw new IllegalStateException("This workstation's data is locked until someone signs in");
        }
        return bench;
    }

    private TrustClient.Registered register(ServerSession session, ECKey deviceKey) {
        return trustClient.register(session.accessToken(), session.userId(), keyring.workstationId(), deviceKey);
    }

    /** The database key: already open, sealed for this person, held for the lab, or a new one for a new bench. */
    private String databaseKey(ServerSession session, Optional<String> sealedForPerson) {
        Opened bench = opened;
        if (bench != null) {
            return sealedForPerson.orElseGet(() -> heldByTheLab(session));
        }
        if (sealedForPerson.isPresent()) {
            return sealedForPerson.get();
        }
        if (LocalDatabase.existsIn(directory) && !keyring.plainDatabase()) {
            return heldByTheLab(session);
        }
        String fresh = HexFormat.of().formatHex(randomBytes(32));
        if (!trustClient.depositDatabaseKey(session.accessToken(), keyring.workstationId(), fresh)) {
            return heldByTheLab(session);
        }
        if (keyring.plainDatabase()) {
            LocalDatabase.encrypt(directory, fresh);
            keyring.databaseEncrypted();
        }
        return fresh;
    }

    private String heldByTheLab(ServerSession session) {
        return trustClient
                .databaseKey(session.accessToken())
                .orElseThrow(() -> new IllegalStateException(
                        "This PC's data is locked with a key the lab's server does not hold; ask an admin"));
    }

    /**
     * @param freshReceipt a receipt just received online: it replaces the stored one first, which
     *                     also repairs a floor someone tampered with
     */
    private synchronized Opened open(String databaseKey, UUID organizationId, Optional<String> freshReceipt) {
        if (opened != null) {
            freshReceipt.ifPresent(receipt -> opened.floor().observe(receipt, opened.clock()));
            return opened;
        }
        LocalDatabase database = databases.open(directory, databaseKey);
        try {
            BenchState benchState = new BenchState(database);
            UUID organization =
                    organizationId != null ? organizationId : benchState.read().organizationId();
            BenchTrust trust = new BenchTrust(anchor, keyring.workstationId(), organization);
            ReceiptFloor floor = new ReceiptFloor(database, trust);
            freshReceipt.ifPresent(floor::replace);
            SnapshotStore snapshots = new SnapshotStore(database);
            TrustedClock clock = new TrustedClock(wallClock, System::nanoTime, floor);
            CommandSigner signer = new CommandSigner(identities, mapper, clock, trust);
            BenchCommands commands = new BenchCommands(database, mapper, clock, identities, signer);
            SyncProblems problems = new SyncProblems(commands);
            SyncClient client = new SyncClient(link, auth, sessions);
            BenchFiles files = new BenchFiles(
                    database,
                    directory.resolve("files"),
                    new FileClient(link, new SessionCalls(auth, sessions)),
                    wallClock,
                    BenchFiles.DEFAULT_CACHE_LIMIT_BYTES);
            SyncEngine sync = new SyncEngine(
                    commands,
                    benchState,
                    client,
                    sessions,
                    clock,
                    problems,
                    trust,
                    floor,
                    identities,
                    snapshots,
                    new AuditWitness(client, new WitnessedCheckpoints(database), clock, anchor),
                    revoked -> wipe(revoked),
                    files::sendWaiting,
                    (session, deviceKey) -> register(session, deviceKey),
                    new ReleaseWatch(client, ThisRelease.read()));
            opened = new Opened(database, benchState, trust, floor, snapshots, clock, commands, problems, sync, files);
            return opened;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
