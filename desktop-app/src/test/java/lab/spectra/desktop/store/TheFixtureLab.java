package lab.spectra.desktop.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.qualification.QualificationState;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.server.SyncServer;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.auth.login.StoredPasswords;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.ServerLab;

/**
 * The organization the bench fixture of a release was made in (issue 22), written on the server
 * the same way every time: every id is derived from a name and every time is fixed, so a server of
 * any later release (or a fresh test database) holds, row for row and change number for change
 * number, what the fixture bench pulled before it went offline. Nothing here depends on today:
 * the calibration and the qualifications hold until 2099, so the fixture's runs stay allowed.
 *
 * <p>Change it only together with the fixture it describes: a new release's fixture may use a
 * new lab; an old fixture needs its own lab as it was.
 */
public final class TheFixtureLab {

    public static final String SLUG = "bench-schema-13";
    public static final Instant SET_UP_AT = Instant.parse("2026-11-02T08:00:00Z");
    public static final Instant VALID_UNTIL = Instant.parse("2099-12-31T00:00:00Z");
    /** The office PC the lab was set up from; benches have their own workstation ids. */
    public static final UUID OFFICE = id("office-workstation");

    /** Who signed in at the fixture's shared bench; each of them left work in its queue. */
    public static final List<String> PEOPLE_AT_THE_BENCH = List.of("engineer", "tech", "pi", "admin");

    public static final UUID ORGANIZATION = id("organization");
    public static final UUID SOP = id("sop:instrument-operation");
    public static final UUID INSTRUMENT = id("instrument:smu-1");
    public static final UUID CALIBRATION = id("calibration:smu-1");
    public static final UUID IV_SWEEP = id("recipe:iv-sweep");
    public static final UUID CV_SWEEP_DRAFT = id("recipe:cv-sweep");
    public static final List<UUID> SAMPLES = List.of(id("sample:FIX-0"), id("sample:FIX-1"), id("sample:FIX-2"));

    private TheFixtureLab() {}

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes((SLUG + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static String email(String who) {
        return who + "@" + SLUG + ".test";
    }

    /** The lab server's record-signing keys, kept with the first fixture made by it. */
    public static final String RECORD_KEYS = "record-signing-keys.jwks.json";

    private static final String RECORD_KEYS_RESOURCE =
            "/lab/spectra/desktop/store/fixtures/bench-schema-13/" + RECORD_KEYS;

    private static ServerLab.Org created;
    private static SyncServer server;
    private static Path recordKeys;

    /**
     * The lab's own sync server: the real server, on the test database, signing with the record key
     * the fixtures were made with. A server that is updated keeps its key (the production guide has
     * it backed up); a bench's queued commands carry time receipts signed with it, and a server that
     * cannot verify them refuses them (INVALID_RECEIPT). Started once per JVM, on first use; the
     * first fixture ever made had it generate the key, which that generator kept.
     */
    public static synchronized URI serverUri(SyncTestbed testbed) {
        if (server == null) {
            SyncServer started = startServer(testbed, Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            server = started;
        }
        return server.baseUri();
    }

    /** Another server of the lab, with its record key, whose clock the test sets; the caller closes it. */
    public static synchronized SyncServer startServer(SyncTestbed testbed, Clock clock) {
        on(testbed);
        if (recordKeys == null) {
            try {
                recordKeys = Files.createTempDirectory("spectra-fixture-lab-").resolve(RECORD_KEYS);
                try (InputStream kept = TheFixtureLab.class.getResourceAsStream(RECORD_KEYS_RESOURCE)) {
                    if (kept != null) {
                        Files.copy(kept, recordKeys);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return SyncServer.start(
                DemoServer.config(testbed.server.postgres, false).toBuilder()
                        .recordKeyFile(recordKeys)
                        .build(),
                clock);
    }

    /** The file the lab's server keeps its record-signing keys in (after {@link #serverUri}). */
    static synchronized Path recordKeys() {
        return recordKeys;
    }

    /**
     * The lab on the test server, written the first time it is asked for in this JVM (the server's
     * database lives as long as the JVM, and the lab's ids are fixed): its five people (password
     * {@link SyncTestbed#PASSWORD}) and what they set up.
     */
    public static synchronized ServerLab.Org on(SyncTestbed testbed) {
        if (created == null) {
            created = create(testbed);
        }
        return created;
    }

    private static ServerLab.Org create(SyncTestbed testbed) {
        ServerLab lab = testbed.lab;
        String passwordHash = testbed.server.server.parts().passwordHasher().hash(SyncTestbed.PASSWORD.toCharArray());
        Organization organization = organization(lab);
        List<UserAccount> people = people(lab, passwordHash);
        ServerLab.Org org = new ServerLab.Org(
                organization,
                people.get(0).asActor(),
                people.get(1).asActor(),
                people.get(2).asActor(),
                people.get(3).asActor(),
                people.get(4).asActor());
        CommandService office = new CommandService(lab.database, lab.mapper, Clock.fixed(SET_UP_AT, ZoneOffset.UTC));
        Steps steps = new Steps(office);
        steps.run(org.engineer(), meta -> new CreateSopDraft(meta, SOP, "Instrument operation", "# Steps", null));
        steps.run(org.pi(), meta -> new ApproveSop(meta, SOP, 1L));
        office.insertSystemRows(org.id(), org.pi().userId(), "test:QualifyEveryone", qualifications(org));
        steps.run(
                org.admin(),
                meta -> new RegisterInstrument(meta, INSTRUMENT, "SMU 1", InstrumentKind.SMU, "SN-SMU-1", "Bay 1"));
        steps.run(
                org.admin(),
                meta -> new RecordCalibration(
                        meta,
                        CALIBRATION,
                        INSTRUMENT,
                        "CERT-SMU-1",
                        SET_UP_AT.minus(Duration.ofDays(10)),
                        VALID_UNTIL,
                        "Metrology Services",
                        null));
        steps.run(
                org.engineer(),
                meta -> new CreateRecipe(
                        meta,
                        IV_SWEEP,
                        "IV sweep",
                        InstrumentKind.SMU,
                        JsonObjects.empty().put("start_v", -1),
                        null,
                        null));
        steps.run(org.pi(), meta -> new ApproveRecipe(meta, IV_SWEEP, id("approval:iv-sweep"), "ok", 1L));
        steps.run(
                org.engineer(),
                meta -> new CreateRecipe(
                        meta,
                        CV_SWEEP_DRAFT,
                        "CV sweep",
                        InstrumentKind.SMU,
                        JsonObjects.empty().put("start_v", -2),
                        null,
                        null));
        for (int i = 0; i < SAMPLES.size(); i++) {
            String barcode = "FIX-" + i;
            UUID sample = SAMPLES.get(i);
            steps.run(
                    org.engineer(),
                    meta -> new CreateSample(meta, sample, "Sample " + barcode, barcode, null, "Cabinet A", null));
        }
        return org;
    }

    /**
     * Runs one command on the server as the lab's office would, at a fixed time and with an id
     * derived from {@code name}: later scenes of a fixture repeat exactly too.
     */
    public static void runOnTheServer(
            SyncTestbed testbed, Actor author, Instant at, String name, Function<CommandMeta, Command> command) {
        ServerLab lab = testbed.lab;
        CommandService office = new CommandService(lab.database, lab.mapper, Clock.fixed(at, ZoneOffset.UTC));
        CommandMeta meta = new CommandMeta(id("office:" + name), author.userId(), OFFICE, at);
        ServerLab.expectApplied(office.execute(command.apply(meta), author));
    }

    /** The setting-up commands, each with an id derived from its place, so derived rows repeat too. */
    private static final class Steps {
        private final CommandService office;
        private int step;

        Steps(CommandService office) {
            this.office = office;
        }

        void run(Actor author, Function<CommandMeta, Command> command) {
            step++;
            CommandMeta meta = new CommandMeta(id("set-up:" + step), author.userId(), OFFICE, SET_UP_AT);
            ServerLab.expectApplied(office.execute(command.apply(meta), author));
        }
    }

    /** As the platform creates an organization, with the fixture's id and time. */
    private static Organization organization(ServerLab lab) {
        Organization organization =
                new Organization(ORGANIZATION, SLUG, SLUG + " lab", null, SET_UP_AT, SET_UP_AT, null, 1);
        RowCodec codec = new RowCodec(lab.mapper);
        return lab.database.inTenant(ORGANIZATION, connection -> {
            new JdbcRowWriter(lab.database.dialect(), lab.mapper).insert(connection, organization);
            OrgSequence.create(connection, ORGANIZATION, AuditChain.GENESIS);
            OrgSequence sequence = OrgSequence.lock(connection, ORGANIZATION);
            ChangeLog.append(connection, sequence, "organizations", ORGANIZATION, null, SET_UP_AT);
            new AuditTrail(lab.database, lab.mapper)
                    .append(
                            connection,
                            sequence,
                            new AuditTrail.Event(
                                    SET_UP_AT,
                                    null,
                                    null,
                                    null,
                                    "platform:CreateOrganization",
                                    "organizations",
                                    ORGANIZATION,
                                    null,
                                    codec.encode(organization).data(),
                                    "platform operation"));
            sequence.save(connection);
            return organization;
        });
    }

    /** The admin, PI, engineer, technician and viewer, as the platform creates accounts. */
    private static List<UserAccount> people(ServerLab lab, String passwordHash) {
        RowCodec codec = new RowCodec(lab.mapper);
        List<String> who = List.of("admin", "pi", "engineer", "tech", "viewer");
        List<Role> roles = List.of(Role.ADMIN, Role.PI, Role.ENGINEER, Role.TECHNICIAN, Role.VIEWER);
        return lab.database.inTenant(ORGANIZATION, connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, ORGANIZATION);
            List<UserAccount> created = new ArrayList<>();
            for (int i = 0; i < who.size(); i++) {
                UserAccount user = new UserAccount(
                        id("user:" + who.get(i)),
                        ORGANIZATION,
                        email(who.get(i)),
                        who.get(i) + " of " + SLUG,
                        roles.get(i),
                        true,
                        SET_UP_AT,
                        SET_UP_AT,
                        null,
                        1);
                new JdbcRowWriter(lab.database.dialect(), lab.mapper).insert(connection, user);
                StoredPasswords.set(connection, user.id(), passwordHash, false);
                ChangeLog.append(connection, sequence, "users", user.id(), null, SET_UP_AT);
                new AuditTrail(lab.database, lab.mapper)
                        .append(
                                connection,
                                sequence,
                                new AuditTrail.Event(
                                        SET_UP_AT,
                                        null,
                                        null,
                                        null,
                                        "CreateUser",
                                        "users",
                                        user.id(),
                                        null,
                                        codec.encode(user).data(),
                                        null));
                created.add(user);
            }
            sequence.save(connection);
            return created;
        });
    }

    /** Everyone who may start runs is qualified on every kind of instrument until 2099. */
    private static List<Qualification> qualifications(ServerLab.Org org) {
        Instant from = SET_UP_AT.minus(Duration.ofDays(60));
        List<Qualification> qualifications = new ArrayList<>();
        for (Actor person : List.of(org.admin(), org.pi(), org.engineer(), org.technician())) {
            for (InstrumentKind kind : InstrumentKind.values()) {
                qualifications.add(new Qualification(
                        id("qualification:" + person.userId() + ":" + kind),
                        org.id(),
                        person.userId(),
                        kind,
                        null,
                        SOP,
                        from,
                        VALID_UNTIL,
                        QualificationState.VALID,
                        null,
                        null,
                        null,
                        org.pi().userId(),
                        SET_UP_AT,
                        SET_UP_AT,
                        1));
            }
        }
        return qualifications;
    }
}
