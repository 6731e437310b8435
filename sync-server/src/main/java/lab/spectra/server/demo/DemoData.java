package lab.spectra.server.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.PlanMaintenance;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.instrument.RecordRequalification;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.qualification.RecordQualification;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.RejectRecipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.rundata.derived.DerivedResult;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.CreateSpcSeries;
import lab.spectra.model.spc.FreezeSpcLimits;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcLimitsProposal;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.files.FileUploads;
import lab.spectra.server.org.Provisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo labs of spec §3, made through the same commands a lab would use, so the audit trail,
 * change log and rules are all real: organizations {@code demo-lab} and {@code test-org}, five
 * people each, five instruments (XRD-01 expired, ELL-01 expiring within a week), ten samples with
 * wafers and devices, the SOPs IV characterization and XRD analysis, a recipe in every state (the
 * approved IV sweep, its second version as a draft the PI sent back once and that waits for a
 * decision again, a retired XRD scan), thirty-five historical runs with
 * results, and a control chart. Never loaded automatically in production.
 */
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final UUID DEMO_WORKSTATION = UUID.fromString("00000000-0000-7000-8000-0000000de770");

    /** A demo account, for the login screen and the console. */
    public record Login(String email, String password, Role role, String displayName) {}

    private record Person(String localPart, String password, Role role, String displayName) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("admin", "admin123", Role.ADMIN, "Ada Admin"),
            new Person("pi", "pi123", Role.PI, "Pia Investigator"),
            new Person("engineer", "eng123", Role.ENGINEER, "Eli Engineer"),
            new Person("tech", "tech123", Role.TECHNICIAN, "Tess Technician"),
            new Person("viewer", "view123", Role.VIEWER, "Vic Viewer"));

    private final Provisioning provisioning;
    private final CommandService commands;
    private final Function<char[], String> passwordHasher;
    private final Clock clock;
    private final FileUploads files;

    public DemoData(
            Provisioning provisioning,
            CommandService commands,
            Function<char[], String> passwordHasher,
            Clock clock,
            FileUploads files) {
        this.provisioning = provisioning;
        this.commands = commands;
        this.passwordHasher = passwordHasher;
        this.clock = clock;
        this.files = files;
    }

    /** Every demo account of both organizations. */
    public static List<Login> logins() {
        List<Login> logins = new ArrayList<>();
        for (String domain : List.of("demo.lab", "test.org")) {
            for (Person person : PEOPLE) {
                logins.add(new Login(
                        person.localPart() + "@" + domain, person.password(), person.role(), person.displayName()));
            }
        }
        return logins;
    }

    /** Loads the demo organizations; returns false when they exist already (nothing is changed then). */
    public boolean loadIfAbsent() {
        try {
            new OrganizationLoader(provisioning.createOrganization("demo-lab", "Demo Lab", null), "demo.lab").load();
            new OrganizationLoader(provisioning.createOrganization("test-org", "Test Organization", null), "test.org")
                    .load();
            LOG.info("Demo data loaded");
            return true;
        } catch (DataAccessException e) {
            if (e.sqlState() != null && e.sqlState().startsWith("23")) {
                LOG.info("Demo data is already present");
                return false;
            }
            throw e;
        }
    }

    /** The demo accounts as a console table. */
    public static String describeLogins() {
        StringBuilder text =
                new StringBuilder("Demo accounts (organization demo-lab; test-org has the same at @test.org):\n");
        for (Login login : logins().subList(0, PEOPLE.size())) {
            text.append(String.format(
                    "  %-11s %-20s password %s%n", login.role().displayName(), login.email(), login.password()));
        }
        return text.toString();
    }

    private final class OrganizationLoader {
        private final Organization organization;
        private final Map<Role, Actor> people;
        private final Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        private int runsMade;

        OrganizationLoader(Organization organization, String domain) {
            this.organization = organization;
            Map<Role, Actor> byRole = new EnumMap<>(Role.class);
            for (Person person : PEOPLE) {
                byRole.put(
                        person.role(),
                        provisioning
                                .createUser(
                                        organization.id(),
                                        person.localPart() + "@" + domain,
                                        person.displayName(),
                                        person.role(),
                                        passwordHasher.apply(person.password().toCharArray()),
                                        null)
                                .asActor());
            }
            this.people = byRole;
        }

        private Instant daysAgo(double days) {
            return now.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
        }

        private CommandResult.Applied run(Role role, Instant at, Function<CommandMeta, Command> command) {
            Actor actor = people.get(role);
            CommandResult result = commands.execute(
                    command.apply(new CommandMeta(Ids.newId(), actor.userId(), DEMO_WORKSTATION, at)), actor);
            if (!(result instanceof CommandResult.Applied applied)) {
                throw new IllegalStateException("Demo data could not be made: " + result);
            }
            return applied;
        }

        private UUID instrument(String name, InstrumentKind kind, Instant issued, Instant expires) {
            UUID id = Ids.newId();
            run(
                    Role.ADMIN,
                    daysAgo(420),
                    meta -> new RegisterInstrument(
                            meta,
                            id,
                            name,
                            kind,
                            "SN-" + name.replace("-", ""),
                            "Characterization lab, bay " + (name.charAt(0) % 4 + 1)));
            run(
                    Role.ADMIN,
                    issued,
                    meta -> new RecordCalibration(
                            meta,
                            Ids.newId(),
                            id,
                            "CAL-" + name + "-" + issued.toString().substring(0, 4),
                            issued,
                            expires,
                            "Metrology Services GmbH",
                            null));
            return id;
        }

        private UUID approvedSop(String title, String body, Instant at) {
            UUID sop = Ids.newId();
            run(Role.ENGINEER, at, meta -> new CreateSopDraft(meta, sop, title, body, null));
            run(Role.PI, at.plus(Duration.ofHours(2)), meta -> new ApproveSop(meta, sop, 1L));
            return sop;
        }

        private void qualify(Role who, InstrumentKind kind, String recipe, UUID sop, Instant from, Instant until) {
            Actor person = people.get(who);
            // A second person assesses where the lab has one: the admin records the PI's qualification.
            run(
                    who == Role.PI ? Role.ADMIN : Role.PI,
                    from,
                    meta -> new RecordQualification(
                            meta, Ids.newId(), person.userId(), kind, recipe, sop, from, until));
        }

        /**
         * The technician is qualified on the IV sweep and no longer on XRD: that qualification
         * expired after the demo's XRD runs, so those stand and a new XRD run is refused. Everyone
         * else who may start runs is qualified on the SMU, the engineer on the XRD too.
         */
        private void qualifyPeople(UUID ivSop, UUID xrdSop) {
            Instant inTwoYears = now.plus(Duration.ofDays(730));
            qualify(Role.TECHNICIAN, InstrumentKind.SMU, "IV sweep", ivSop, daysAgo(85), inTwoYears);
            qualify(Role.TECHNICIAN, InstrumentKind.XRD, null, xrdSop, daysAgo(85), daysAgo(40));
            qualify(Role.ENGINEER, InstrumentKind.SMU, null, ivSop, daysAgo(85), inTwoYears);
            qualify(Role.ENGINEER, InstrumentKind.XRD, null, xrdSop, daysAgo(85), inTwoYears);
            qualify(Role.PI, InstrumentKind.SMU, null, ivSop, daysAgo(85), inTwoYears);
            qualify(Role.ADMIN, InstrumentKind.SMU, null, ivSop, daysAgo(85), inTwoYears);
        }

        /**
         * The IV sweep's second version, with a history worth reading (issue 18): the engineer
         * raises the stop voltage and submits it, the PI sends it back with a comment, and the
         * engineer lowers it and submits it again, so it waits for the PI's decision. Version 1
         * stays the approved one every demo sweep ran on (the spec's demo has one draft, one
         * approved and one retired recipe).
         */
        private void ivSweepDraftSentBackOnce(UUID ivSweep, UUID ivSop) {
            UUID versionTwo = Ids.newId();
            ObjectNode raised = JsonObjects.empty()
                    .put("start_v", -2.0)
                    .put("stop_v", 3.0)
                    .put("step_v", 0.01)
                    .put("compliance_a", 0.01);
            run(
                    Role.ENGINEER,
                    daysAgo(4),
                    meta -> new CreateRecipe(
                            meta, versionTwo, "IV sweep", InstrumentKind.SMU, raised, ivSweep, List.of(ivSop)));
            run(Role.ENGINEER, daysAgo(3.9), meta -> new SubmitRecipe(meta, versionTwo, 1L));
            run(
                    Role.PI,
                    daysAgo(3),
                    meta -> new RejectRecipe(
                            meta,
                            versionTwo,
                            Ids.newId(),
                            "Keep the stop voltage at 2.5 V or below: the test MOSFETs' gate oxide breaks down"
                                    + " near 3 V",
                            2L));
            ObjectNode lowered = raised.deepCopy().put("stop_v", 2.5);
            run(
                    Role.ENGINEER,
                    daysAgo(2),
                    meta -> new EditRecipeDraft(meta, versionTwo, null, new FieldChange<>(raised, lowered), null));
            run(Role.ENGINEER, daysAgo(1.9), meta -> new SubmitRecipe(meta, versionTwo, 4L));
        }

        void load() {
            UUID smu = instrument("SMU-01", InstrumentKind.SMU, daysAgo(100), now.plus(Duration.ofDays(265)));
            instrument("SPEC-01", InstrumentKind.SPECTROMETER, daysAgo(60), now.plus(Duration.ofDays(305)));
            instrument("ELL-01", InstrumentKind.ELLIPSOMETER, daysAgo(360), now.plus(Duration.ofDays(5)));
            UUID xrd = instrument("XRD-01", InstrumentKind.XRD, daysAgo(400), daysAgo(35));
            instrument("SEM-01", InstrumentKind.SEM, daysAgo(30), now.plus(Duration.ofDays(335)));

            UUID silicon = Ids.newId();
            commands.insertSystemRows(
                    organization.id(),
                    null,
                    "demo:CreateMaterial",
                    List.of(
                            new Material(
                                    silicon,
                                    organization.id(),
                                    "Silicon",
                                    "Si",
                                    "p-type <100>, 1-10 ohm cm",
                                    null,
                                    now,
                                    now,
                                    null,
                                    1,
                                    null),
                            new Material(
                                    Ids.newId(),
                                    organization.id(),
                                    "Gallium nitride",
                                    "GaN",
                                    "MOCVD on Si(111)",
                                    null,
                                    now,
                                    now,
                                    null,
                                    1,
                                    null)));

            List<UUID> samples = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                UUID sample = Ids.newId();
                int number = i;
                run(
                        Role.ENGINEER,
                        daysAgo(90 - i),
                        meta -> new CreateSample(
                                meta,
                                sample,
                                "Si test wafer lot " + number,
                                String.format("DEMO-%04d", number),
                                silicon,
                                "Cabinet A, shelf " + (number % 3 + 1),
                                null));
                UUID wafer = Ids.newId();
                run(Role.ENGINEER, daysAgo(90 - i), meta -> new CreateWafer(meta, wafer, sample, "W" + number, 100.0));
                for (String device : List.of("MOSFET-A1", "MOSFET-B2")) {
                    run(
                            Role.ENGINEER,
                            daysAgo(90 - i),
                            meta -> new CreateDevice(meta, Ids.newId(), wafer, device, "n-MOSFET"));
                }
                samples.add(sample);
            }

            // The two SOPs of spec §3, approved before the recipes that follow them were written.
            UUID ivSop = approvedSop(
                    "IV characterization",
                    "# IV characterization\n1. Clean the chuck.\n2. Land the probes.\n3. Run the IV sweep recipe.",
                    daysAgo(90));
            UUID xrdSop = approvedSop(
                    "XRD analysis",
                    "# XRD analysis\n1. Check the shutter interlock.\n2. Align the sample.\n3. Run the scan.\n"
                            + "4. Fit the peaks and compare them with the reference pattern.",
                    daysAgo(89));
            UUID ivSweep = Ids.newId();
            run(
                    Role.ENGINEER,
                    daysAgo(80),
                    meta -> new CreateRecipe(
                            meta,
                            ivSweep,
                            "IV sweep",
                            InstrumentKind.SMU,
                            JsonObjects.empty()
                                    .put("start_v", -2.0)
                                    .put("stop_v", 2.0)
                                    .put("step_v", 0.01)
                                    .put("compliance_a", 0.01),
                            null,
                            List.of(ivSop)));
            // Approved as drafted (row version 1), by the PI, who did not write it.
            run(Role.PI, daysAgo(79), meta -> new ApproveRecipe(meta, ivSweep, Ids.newId(), "Matches SOP IV-001", 1L));
            UUID xrdScan = Ids.newId();
            run(
                    Role.ENGINEER,
                    daysAgo(78),
                    meta -> new CreateRecipe(
                            meta,
                            xrdScan,
                            "Theta-2theta scan",
                            InstrumentKind.XRD,
                            JsonObjects.empty()
                                    .put("two_theta_start", 20)
                                    .put("two_theta_stop", 80)
                                    .put("step_deg", 0.02),
                            null,
                            List.of(xrdSop)));
            run(Role.PI, daysAgo(77), meta -> new ApproveRecipe(meta, xrdScan, Ids.newId(), "ok", 1L));

            qualifyPeople(ivSop, xrdSop);

            // XRD scans on the diffractometer before its technician's qualification lapsed and the
            // recipe was retired.
            for (int i = 0; i < 5; i++) {
                measure(xrdScan, xrd, samples.get(i), daysAgo(60 - i * 3), 69.13 + (i % 3) * 0.01, true);
            }
            run(
                    Role.PI,
                    daysAgo(36),
                    // Retired as approved: row version 2.
                    meta -> new RetireRecipe(
                            meta,
                            xrdScan,
                            Ids.newId(),
                            "Replaced by the high-resolution scan after the XRD service",
                            2L));
            thresholdVoltageChart(smu, ivSweep, samples);
            ivSweepDraftSentBackOnce(ivSweep, ivSop);
            notebook(samples);
            maintenance(smu, xrd);
        }

        /** One run's outcome as a control chart sees it. */
        private record Measured(UUID runId, UUID resultId, double value, Instant startedAt) {}

        /**
         * A run by the technician: started, its raw file attached, the result the bench's algorithm
         * derives from that file recorded (which feeds any SPC series watching it), finished.
         *
         * @param made the number the synthetic file is made from; the result is what is read off it
         */
        private Measured measure(UUID recipe, UUID instrument, UUID sample, Instant start, double made, boolean onXrd) {
            int index = runsMade++;
            UUID runId = Ids.newId();
            run(Role.TECHNICIAN, start, meta -> new StartRun(meta, runId, recipe, instrument, sample, null));
            DemoRawFile raw = onXrd ? DemoRawFile.diffractogram(index, made) : DemoRawFile.transferCurve(index, made);
            // The result is what the algorithm reads off the noisy file, not the number it was made from.
            DerivedResult derived = raw.result();
            String sha = files.storeWhole(
                    organization.id(), people.get(Role.TECHNICIAN).userId(), raw.content());
            run(
                    Role.TECHNICIAN,
                    start.plus(Duration.ofMinutes(18)),
                    meta -> new AttachFile(
                            meta, Ids.newId(), runId, raw.fileName(), raw.mediaType(), raw.content().length, sha));
            UUID resultId = Ids.newId();
            run(
                    Role.TECHNICIAN,
                    start.plus(Duration.ofMinutes(20)),
                    meta -> new RecordResult(
                            meta,
                            resultId,
                            runId,
                            derived.quantity(),
                            derived.value(),
                            derived.unit(),
                            "sha256:" + sha,
                            derived.toPayload()));
            run(Role.TECHNICIAN, start.plus(Duration.ofMinutes(30)), meta -> new FinishRun(meta, runId));
            return new Measured(runId, resultId, derived.value(), start);
        }

        /**
         * The SMU's threshold-voltage chart, made the way a lab makes one (issue 17): the engineer
         * creates the series, twenty IV sweeps vary stably around 0.45 V, the PI freezes limits from
         * them (signed online), the SMU gets a new calibration certificate, and after it nine sweeps
         * in a row read high (Nelson rule 2) and one reads beyond 3 sigma (rule 1; with rule 6, four of
         * the last five beyond 1 sigma). The alerts are the ones the results raise. The series is not critical: its open alerts
         * are on the dashboard but do not hold the SMU, which the demo's runs and tests need.
         */
        private void thresholdVoltageChart(UUID smu, UUID ivSweep, List<UUID> samples) {
            UUID series = Ids.newId();
            String name = "Threshold voltage — IV sweep on SMU-01";
            List<Integer> allRules = List.of(1, 2, 3, 4, 5, 6, 7, 8);
            run(
                    Role.ENGINEER,
                    daysAgo(76),
                    meta -> new CreateSpcSeries(
                            meta,
                            series,
                            name,
                            smu,
                            "IV sweep",
                            DemoRawFile.THRESHOLD.recordedAs(),
                            "V",
                            null,
                            ChartType.INDIVIDUALS_MOVING_RANGE,
                            1,
                            20,
                            allRules,
                            RuleNumbering.NELSON,
                            false,
                            0.35,
                            0.55));
            // A fixed seed, chosen so the baseline breaks no rule: the demo is the same every time it is loaded.
            Random process = new Random(34);
            List<Measured> baseline = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                baseline.add(measure(
                        ivSweep,
                        smu,
                        samples.get(i % samples.size()),
                        daysAgo(75 - i * 2),
                        0.45 + process.nextGaussian() * 0.012,
                        false));
            }
            freezeLimits(series, name, smu, allRules, baseline);
            Instant recalibrated = daysAgo(33);
            run(
                    Role.ADMIN,
                    recalibrated,
                    meta -> new RecordCalibration(
                            meta,
                            Ids.newId(),
                            smu,
                            "CAL-SMU-01-" + recalibrated.toString().substring(0, 10),
                            recalibrated,
                            recalibrated.plus(Duration.ofDays(365)),
                            "Metrology Services GmbH",
                            null));
            for (int i = 0; i < 9; i++) {
                measure(
                        ivSweep,
                        smu,
                        samples.get(i % samples.size()),
                        daysAgo(32 - i * 2),
                        0.474 + process.nextGaussian() * 0.003,
                        false);
            }
            measure(ivSweep, smu, samples.get(9), daysAgo(13), 0.54, false);
        }

        /**
         * The PI freezes the limits of the first twenty points, as the proposal shows them: the demo
         * knows the points, having recorded the results that fed them, so it computes the same
         * proposal the freeze dialog and the endpoint show, and signs its hash.
         */
        private void freezeLimits(UUID series, String name, UUID smu, List<Integer> rules, List<Measured> baseline) {
            SpcSeries asCreated = new SpcSeries(
                    series,
                    organization.id(),
                    smu,
                    DemoRawFile.THRESHOLD.recordedAs(),
                    "V",
                    null,
                    null,
                    null,
                    now,
                    now,
                    null,
                    1,
                    name,
                    "IV sweep",
                    null,
                    ChartType.INDIVIDUALS_MOVING_RANGE,
                    1,
                    20,
                    rules,
                    RuleNumbering.NELSON,
                    false,
                    0.35,
                    0.55,
                    null,
                    null,
                    people.get(Role.ENGINEER).userId());
            List<SpcPoint> points = baseline.stream()
                    .map(measured -> new SpcPoint(
                            SpcPoint.idFor(series, measured.resultId()),
                            organization.id(),
                            series,
                            measured.runId(),
                            measured.value(),
                            measured.startedAt(),
                            measured.startedAt(),
                            1,
                            measured.resultId(),
                            measured.startedAt().plus(Duration.ofMinutes(20))))
                    .toList();
            SpcLimitsProposal proposal = SpcLimitsProposal.of(asCreated, points, null, 20);
            if (!proposal.canBeFrozen()) {
                throw new IllegalStateException("The demo baseline gives no limits: " + proposal.verdict());
            }
            run(
                    Role.PI,
                    daysAgo(36),
                    meta -> new FreezeSpcLimits(
                            meta,
                            Ids.newId(),
                            Ids.newId(),
                            series,
                            null,
                            20,
                            "Baseline: the first twenty IV sweeps under SOP IV characterization",
                            proposal.contentSha256(),
                            null));
        }

        /**
         * A maintenance plan on the SMU and the XRD; the SMU's contacts were cleaned two days ago and
         * it was requalified the same afternoon, so its timeline shows both and it is available.
         */
        private void maintenance(UUID smu, UUID xrd) {
            UUID contacts = Ids.newId();
            run(
                    Role.ADMIN,
                    daysAgo(120),
                    meta -> new PlanMaintenance(
                            meta,
                            contacts,
                            smu,
                            "Clean the probe contacts",
                            90,
                            daysAgo(120).plus(Duration.ofDays(90))));
            run(
                    Role.ADMIN,
                    daysAgo(120),
                    meta -> new PlanMaintenance(
                            meta,
                            Ids.newId(),
                            smu,
                            "Verify the reference resistor",
                            365,
                            now.plus(Duration.ofDays(200))));
            run(
                    Role.ADMIN,
                    daysAgo(200),
                    meta -> new PlanMaintenance(
                            meta,
                            Ids.newId(),
                            xrd,
                            "Replace the X-ray tube filter",
                            180,
                            now.plus(Duration.ofDays(12))));
            Instant cleaned = daysAgo(2);
            run(
                    Role.ADMIN,
                    cleaned,
                    meta -> new RecordMaintenance(
                            meta, Ids.newId(), smu, contacts, cleaned, "Contacts cleaned with IPA, cables reseated"));
            Instant requalified = cleaned.plus(Duration.ofHours(4));
            run(
                    Role.ADMIN,
                    requalified,
                    meta -> new RecordRequalification(
                            meta,
                            Ids.newId(),
                            smu,
                            requalified,
                            "1 kOhm reference read 1000.2 Ohm, leakage below 10 pA"));
        }

        /**
         * A few notebook entries: one signed by its author and reviewed by the PI (both valid and
         * countersigned), one whose author signature an engineer's later edit voided, with a
         * reason, and one not signed yet.
         */
        private void notebook(List<UUID> samples) {
            ElnEntry reviewed = entry(
                    Role.TECHNICIAN,
                    daysAgo(6),
                    "IV sweep of DEMO-0001",
                    "## Gate leakage\n\nSwept -2 V to 2 V in 0.05 V steps on MOSFET-A1.\n\n"
                            + "- I_off = 1.2 nA at V_gs = 0 V\n- ΔV_th = 12 mV against the last lot\n",
                    List.of(samples.get(0)));
            sign(Role.TECHNICIAN, daysAgo(6), reviewed, SignatureMeaning.AUTHORED);
            sign(Role.PI, daysAgo(5), reviewed, SignatureMeaning.REVIEWED);

            ElnEntry voided = entry(
                    Role.TECHNICIAN,
                    daysAgo(3),
                    "Anneal of DEMO-0002",
                    "Annealed at 400 °C for 30 min in N₂.",
                    List.of(samples.get(1)));
            sign(Role.TECHNICIAN, daysAgo(3), voided, SignatureMeaning.AUTHORED);
            run(
                    Role.ENGINEER,
                    daysAgo(2),
                    meta -> new EditElnEntry(
                            meta,
                            voided.id(),
                            null,
                            new FieldChange<>(
                                    "Annealed at 400 °C for 30 min in N₂.", "Annealed at 450 °C for 30 min in N₂."),
                            "The furnace log shows 450 °C; corrected the temperature"));

            entry(
                    Role.ENGINEER,
                    daysAgo(1),
                    "Ellipsometry model for the oxide",
                    "Fitted Ψ and Δ at θ = 65° and 70° with a Cauchy layer; µ-spot, 1.2 nm roughness.",
                    List.of());
        }

        /** The entry as written: what its content hash is computed from. */
        private ElnEntry entry(Role author, Instant at, String title, String body, List<UUID> sampleIds) {
            UUID id = Ids.newId();
            run(author, at, meta -> new WriteElnEntry(meta, id, title, body, sampleIds, List.of()));
            return new ElnEntry(
                    id,
                    organization.id(),
                    title,
                    body,
                    people.get(author).userId(),
                    List.of(),
                    sampleIds,
                    List.of(),
                    at,
                    at,
                    null,
                    1);
        }

        /** Signed online as the server's signing endpoint does, after the password check: countersigned. */
        private void sign(Role signer, Instant at, ElnEntry entry, SignatureMeaning meaning) {
            String hash = SignedContent.sha256(entry);
            run(signer, at, meta -> new SignElnEntry(meta, Ids.newId(), entry.id(), meaning, hash));
        }
    }
}
