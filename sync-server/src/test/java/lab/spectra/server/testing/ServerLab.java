package lab.spectra.server.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.qualification.QualificationState;
import lab.spectra.model.qualification.RecordQualification;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.TenantActivity;
import lab.spectra.server.org.Provisioning;

/**
 * Organizations with one user per role on a real database, and shortcuts that make lab data
 * through the real command service (so rows, change log and audit trail are all as in use).
 */
public final class ServerLab implements AutoCloseable {

    public final ObjectMapper mapper = DomainJson.newMapper();
    public final Clock clock = Clock.systemUTC();
    public final Database database;
    public final CommandService commands;
    public final Provisioning provisioning;
    public final UUID workstationId = Ids.newId();

    public ServerLab(PostgresTestDatabase postgres) {
        this.database = Database.connect(postgres.settings(), 4, Duration.ofSeconds(10), new TenantActivity());
        this.commands = new CommandService(database, mapper, clock);
        this.provisioning = new Provisioning(database, mapper, clock);
    }

    /** An organization and its five people. */
    public record Org(
            Organization organization, Actor admin, Actor pi, Actor engineer, Actor technician, Actor viewer) {
        public UUID id() {
            return organization.id();
        }
    }

    public Org createOrganization(String slug) {
        return createOrganization(slug, "not-a-real-hash");
    }

    /**
     * An organization whose five people ({@code admin}, {@code pi}, {@code engineer}, {@code tech},
     * {@code viewer} at {@code <slug>.test}) can sign in with the password behind the hash.
     */
    public Org createOrganization(String slug, String passwordHash) {
        Organization organization = provisioning.createOrganization(slug, slug + " lab", null);
        Org org = new Org(
                organization,
                user(organization, "admin", Role.ADMIN, passwordHash),
                user(organization, "pi", Role.PI, passwordHash),
                user(organization, "engineer", Role.ENGINEER, passwordHash),
                user(organization, "tech", Role.TECHNICIAN, passwordHash),
                user(organization, "viewer", Role.VIEWER, passwordHash));
        qualifyOnEveryKind(org);
        return org;
    }

    /**
     * Everyone who may start runs is qualified on an approved SOP for every kind of instrument, so
     * that a test about something else is not refused for training; {@link #newcomer} is the one
     * technician nobody has qualified. Written as system rows in one transaction: recording forty
     * qualifications one command at a time would slow every test that makes an organization.
     */
    private void qualifyOnEveryKind(Org org) {
        UUID sop = approvedSop(org, "Instrument operation");
        Instant now = clock.instant();
        Instant from = now.minus(Duration.ofDays(60));
        List<Qualification> qualifications = new ArrayList<>();
        for (Actor person : List.of(org.admin(), org.pi(), org.engineer(), org.technician())) {
            for (InstrumentKind kind : InstrumentKind.values()) {
                qualifications.add(new Qualification(
                        Ids.newId(),
                        org.id(),
                        person.userId(),
                        kind,
                        null,
                        sop,
                        from,
                        from.plus(Duration.ofDays(730)),
                        QualificationState.VALID,
                        null,
                        null,
                        null,
                        org.pi().userId(),
                        now,
                        now,
                        1));
            }
        }
        commands.insertSystemRows(org.id(), org.pi().userId(), "test:QualifyEveryone", qualifications);
    }

    /** A technician of the organization ({@code newcomer@<slug>.test}) with no qualification at all. */
    public Actor newcomer(Org org, String passwordHash) {
        return user(org.organization(), "newcomer", Role.TECHNICIAN, passwordHash);
    }

    public UUID approvedSop(Org org, String title) {
        CreateSopDraft draft = new CreateSopDraft(meta(org.engineer()), Ids.newId(), title, "# Steps", null);
        expectApplied(run(draft, org.engineer()));
        expectApplied(run(new ApproveSop(meta(org.pi()), draft.sopId(), 1L), org.pi()));
        return draft.sopId();
    }

    /** Qualifies the person from {@code from} for a year, recorded by the PI (the admin for the PI). */
    public UUID qualify(Org org, Actor person, InstrumentKind kind, String recipeName, UUID sop, Instant from) {
        return qualify(org, person, kind, recipeName, sop, from, from.plus(Duration.ofDays(365)));
    }

    public UUID qualify(
            Org org, Actor person, InstrumentKind kind, String recipeName, UUID sop, Instant from, Instant until) {
        Actor assessor = person.equals(org.pi()) ? org.admin() : org.pi();
        RecordQualification record = new RecordQualification(
                meta(assessor), Ids.newId(), person.userId(), kind, recipeName, sop, from, until);
        expectApplied(run(record, assessor));
        return record.qualificationId();
    }

    private Actor user(Organization organization, String who, Role role, String passwordHash) {
        return provisioning
                .createUser(
                        organization.id(),
                        who + "@" + organization.slug() + ".test",
                        who + " of " + organization.slug(),
                        role,
                        passwordHash,
                        null)
                .asActor();
    }

    public CommandMeta meta(Actor author) {
        return new CommandMeta(Ids.newId(), author.userId(), workstationId, clock.instant());
    }

    public CommandResult run(Command command, Actor actor) {
        return commands.execute(command, actor);
    }

    public UUID instrumentWithValidCalibration(Org org, String name, InstrumentKind kind) {
        UUID instrument = instrument(org, name, kind);
        calibrate(
                org,
                instrument,
                clock.instant().minus(Duration.ofDays(30)),
                clock.instant().plus(Duration.ofDays(300)));
        return instrument;
    }

    public UUID instrument(Org org, String name, InstrumentKind kind) {
        RegisterInstrument register =
                new RegisterInstrument(meta(org.admin()), Ids.newId(), name, kind, "SN-" + name, "Bay 1");
        expectApplied(run(register, org.admin()));
        return register.instrumentId();
    }

    public UUID calibrate(Org org, UUID instrument, Instant issuedAt, Instant expiresAt) {
        RecordCalibration calibration = new RecordCalibration(
                meta(org.admin()),
                Ids.newId(),
                instrument,
                "CERT-" + Ids.newId(),
                issuedAt,
                expiresAt,
                "Metrology Services",
                null);
        expectApplied(run(calibration, org.admin()));
        return calibration.calibrationId();
    }

    public UUID approvedRecipe(Org org, String name, InstrumentKind kind) {
        CreateRecipe create = new CreateRecipe(
                meta(org.engineer()),
                Ids.newId(),
                name,
                kind,
                JsonObjects.empty().put("start_v", -1),
                null,
                null);
        expectApplied(run(create, org.engineer()));
        expectApplied(run(new ApproveRecipe(meta(org.pi()), create.recipeId(), Ids.newId(), "ok", 1L), org.pi()));
        return create.recipeId();
    }

    public UUID sample(Org org, String barcode) {
        CreateSample create = new CreateSample(
                meta(org.engineer()), Ids.newId(), "Sample " + barcode, barcode, null, "Cabinet A", null);
        expectApplied(run(create, org.engineer()));
        return create.sampleId();
    }

    public static CommandResult.Applied expectApplied(CommandResult result) {
        if (!(result instanceof CommandResult.Applied applied)) {
            throw new AssertionError("Expected the command to apply, but got " + result);
        }
        return applied;
    }

    @Override
    public void close() {
        database.close();
    }
}
