package lab.spectra.model.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationState;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandHandler;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.qualification.QualificationState;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.sample.Wafer;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;

/**
 * A small lab for tests: one user per role, an SMU with a valid certificate, an XRD whose
 * certificate expired at {@link #XRD_EXPIRY}, recipes and SOPs in every state (written by the
 * engineer), a sample with a wafer and a device, and a notebook entry about the sample written by
 * the technician, and two control charts of the SMU's IV sweeps: one waiting for its limits with a
 * baseline of 20 points, one with frozen limits and an open alert (neither critical). The clock stands still at {@link #NOW}; commands run through the real
 * {@link CommandHandler} and applied changes land in {@link #state}.
 */
public final class Lab {

    public static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    public static final Instant XRD_EXPIRY = Instant.parse("2026-03-01T00:00:00Z");
    public static final Instant SMU_EXPIRY = NOW.plus(Duration.ofDays(90));

    public final UUID organizationId = Ids.newId();
    public final UUID workstationId = Ids.newId();
    public final InMemoryDomainState state = new InMemoryDomainState(organizationId);
    private final CommandHandler handler = new CommandHandler();

    public final Actor admin = actor(Role.ADMIN, "Ada Admin");
    public final Actor pi = actor(Role.PI, "Pia Investigator");
    public final Actor engineer = actor(Role.ENGINEER, "Eli Engineer");
    public final Actor technician = actor(Role.TECHNICIAN, "Tess Technician");
    public final Actor viewer = actor(Role.VIEWER, "Vic Viewer");

    public final Instrument smu = instrument("SMU-01", InstrumentKind.SMU);
    public final Instrument xrd = instrument("XRD-01", InstrumentKind.XRD);
    public final Calibration smuCalibration =
            calibration(smu, "CERT-SMU-1", NOW.minus(Duration.ofDays(275)), SMU_EXPIRY);
    public final Calibration xrdCalibration =
            calibration(xrd, "CERT-XRD-1", XRD_EXPIRY.minus(Duration.ofDays(365)), XRD_EXPIRY);

    public final Recipe approvedIvSweep = recipe("IV sweep", InstrumentKind.SMU, ApprovalStatus.APPROVED);
    public final Recipe draftIvSweep = recipe("IV sweep fine", InstrumentKind.SMU, ApprovalStatus.DRAFT);
    public final Recipe retiredIvSweep = recipe("IV sweep legacy", InstrumentKind.SMU, ApprovalStatus.RETIRED);
    public final Recipe approvedXrdScan = recipe("Theta-2theta scan", InstrumentKind.XRD, ApprovalStatus.APPROVED);

    public final Sample sample = new Sample(
            Ids.newId(),
            organizationId,
            "GaN-on-Si #1",
            "S-0001",
            null,
            "Cabinet A",
            SampleStatus.AVAILABLE,
            null,
            null,
            engineer.userId(),
            NOW,
            NOW,
            null,
            1,
            null,
            null);
    public final Wafer wafer =
            new Wafer(Ids.newId(), organizationId, sample.id(), "W1", 100.0, null, NOW, NOW, null, 1);
    public final Device device =
            new Device(Ids.newId(), organizationId, wafer.id(), "HEMT-A1", "HEMT", null, NOW, NOW, null, 1);

    public final Sop draftSop = sop("XRD analysis", ApprovalStatus.DRAFT);
    public final Sop approvedSop = sop("IV characterization", ApprovalStatus.APPROVED);
    public final Sop retiredSop = sop("IV characterization (manual probing)", ApprovalStatus.RETIRED);

    /** Everyone who may start runs is qualified on the approved SOP for both kinds of instrument. */
    public final List<Qualification> qualifications = List.of(
            qualification(admin, InstrumentKind.SMU, null),
            qualification(pi, InstrumentKind.SMU, null),
            qualification(engineer, InstrumentKind.SMU, null),
            qualification(technician, InstrumentKind.SMU, null),
            qualification(admin, InstrumentKind.XRD, null),
            qualification(pi, InstrumentKind.XRD, null),
            qualification(engineer, InstrumentKind.XRD, null),
            qualification(technician, InstrumentKind.XRD, null));

    public final ElnEntry elnEntry = new ElnEntry(
            Ids.newId(),
            organizationId,
            "Leakage of GaN-on-Si #1",
            "Gate leakage below **1 nA** at -5 V.",
            technician.userId(),
            List.of(),
            List.of(sample.id()),
            List.of(),
            NOW,
            NOW,
            null,
            1);

    /** The SMU's preventive-maintenance plan: one task, due in 30 days. */
    public final MaintenanceTask smuMaintenance = new MaintenanceTask(
            Ids.newId(),
            organizationId,
            smu.id(),
            "Clean the probe contacts",
            90,
            NOW.plus(Duration.ofDays(30)),
            null,
            NOW,
            NOW,
            null,
            1);

    /** Threshold voltage of IV sweeps on the SMU, without limits yet: a baseline waiting for a PI. */
    public final SpcSeries spcSeries =
            spcSeries("Threshold voltage SMU-01", "threshold voltage", "V", "IV sweep", RuleNumbering.NELSON, false);

    /** The 20 points of {@link #spcSeries}, an hour apart, the last two days before {@link #NOW}. */
    public final List<SpcPoint> spcBaseline = baselineOf(spcSeries, 0.42, 0.01, NOW.minus(Duration.ofDays(2)));

    /** On-resistance of IV sweeps on the SMU, limits frozen, Western Electric numbering. */
    public final SpcSeries frozenSpcSeries = withLimits(
            spcSeries(
                    "On-resistance SMU-01", "on-resistance", "ohm", "IV sweep", RuleNumbering.WESTERN_ELECTRIC, false),
            12.0,
            0.5);

    /** An open WE1 alert on {@link #frozenSpcSeries}, raised a day ago. */
    public final SpcAlert spcAlert = openAlert(frozenSpcSeries, NOW.minus(Duration.ofDays(1)));

    public Lab() {
        state.put(spcSeries, frozenSpcSeries, spcAlert);
        spcBaseline.forEach(state::put);
        state.put(
                smuMaintenance,
                smu,
                xrd,
                smuCalibration,
                xrdCalibration,
                approvedIvSweep,
                draftIvSweep,
                retiredIvSweep,
                approvedXrdScan,
                sample,
                wafer,
                device,
                draftSop,
                approvedSop,
                retiredSop,
                elnEntry);
        for (Actor person : List.of(admin, pi, engineer, technician, viewer)) {
            state.put(userAccount(person));
        }
        qualifications.forEach(state::put);
    }

    /** The person's account row, so rules that look people up find them. */
    public UserAccount userAccount(Actor person) {
        return new UserAccount(
                person.userId(),
                organizationId,
                person.displayName().toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@lab.test",
                person.displayName(),
                person.role(),
                person.active(),
                NOW,
                NOW,
                null,
                1);
    }

    /** A qualification on {@link #approvedSop}, granted a year before {@link #NOW}, for a year from now. */
    public Qualification qualification(Actor person, InstrumentKind kind, String recipeName) {
        return qualification(person, kind, recipeName, NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)));
    }

    public Qualification qualification(
            Actor person, InstrumentKind kind, String recipeName, Instant qualifiedAt, Instant expiresAt) {
        return new Qualification(
                Ids.newId(),
                organizationId,
                person.userId(),
                kind,
                recipeName,
                approvedSop.id(),
                qualifiedAt,
                expiresAt,
                QualificationState.VALID,
                null,
                null,
                null,
                pi.userId(),
                qualifiedAt,
                qualifiedAt,
                1);
    }

    public Actor actor(Role role, String name) {
        return new Actor(Ids.newId(), organizationId, role, true, name);
    }

    public Actor actorFor(Role role) {
        return switch (role) {
            case ADMIN -> admin;
            case PI -> pi;
            case ENGINEER -> engineer;
            case TECHNICIAN -> technician;
            case VIEWER -> viewer;
        };
    }

    public CommandMeta meta(Actor author) {
        return meta(author, NOW);
    }

    public CommandMeta meta(Actor author, Instant authoredAt) {
        return new CommandMeta(Ids.newId(), author.userId(), workstationId, authoredAt);
    }

    /** Runs the command as its author would, at {@link #NOW}; applied changes are kept. */
    public Outcome handle(Command command, Actor actor) {
        return handle(command, actor, NOW);
    }

    public Outcome handle(Command command, Actor actor, Instant now) {
        Outcome outcome = handler.handle(command, actor, state, now);
        if (outcome instanceof Applied applied) {
            state.apply(applied.changes());
        }
        return outcome;
    }

    /** A running run on the SMU, started an hour ago by the given operator. */
    public Run runningRunOf(Actor operator) {
        Run run = new Run(
                Ids.newId(),
                organizationId,
                approvedIvSweep.id(),
                1,
                smu.id(),
                smuCalibration.id(),
                sample.id(),
                null,
                operator.userId(),
                RunStatus.RUNNING,
                NOW.minus(Duration.ofHours(1)),
                null,
                null,
                null,
                null,
                NOW,
                NOW,
                1);
        state.put(run);
        return run;
    }

    /** A run on the SMU the given operator started two hours ago and finished an hour later. */
    public Run finishedRunOf(Actor operator) {
        Run running = runningRunOf(operator);
        Run finished = running.finished(NOW.minus(Duration.ofMinutes(30)), NOW);
        state.put(finished);
        return finished;
    }

    public Instrument instrument(String name, InstrumentKind kind) {
        return new Instrument(
                Ids.newId(),
                organizationId,
                name,
                kind,
                "SN-" + name,
                "Bay 1",
                InstrumentStatus.IN_SERVICE,
                null,
                null,
                null,
                NOW,
                NOW,
                null,
                1);
    }

    public Calibration calibration(Instrument instrument, String certificate, Instant issuedAt, Instant expiresAt) {
        return new Calibration(
                Ids.newId(),
                organizationId,
                instrument.id(),
                certificate,
                issuedAt,
                expiresAt,
                "Metrology Services",
                null,
                CalibrationState.VALID,
                null,
                null,
                null,
                admin.userId(),
                issuedAt,
                issuedAt,
                1);
    }

    public Recipe recipe(String name, InstrumentKind kind, ApprovalStatus status) {
        // Complete for an SMU, so the lab's drafts can be submitted (ADR 0027).
        ObjectNode parameters = JsonObjects.empty().put("start_v", -1.0).put("stop_v", 1.0);
        if (kind == InstrumentKind.SMU) {
            parameters.put("step_v", 0.1).put("compliance_a", 0.001);
        }
        boolean approvedOnce = status != ApprovalStatus.DRAFT;
        return new Recipe(
                Ids.newId(),
                organizationId,
                name,
                kind,
                parameters,
                1,
                status,
                engineer.userId(),
                List.of(),
                approvedOnce ? pi.userId() : null,
                approvedOnce ? NOW.minus(Duration.ofDays(30)) : null,
                status == ApprovalStatus.RETIRED ? pi.userId() : null,
                status == ApprovalStatus.RETIRED ? NOW.minus(Duration.ofDays(1)) : null,
                NOW,
                NOW,
                null,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public Sop sop(String title, ApprovalStatus status) {
        boolean approvedOnce = status != ApprovalStatus.DRAFT;
        return new Sop(
                Ids.newId(),
                organizationId,
                title,
                1,
                status,
                "# Steps\n1. Clean the chuck.",
                engineer.userId(),
                List.of(),
                approvedOnce ? pi.userId() : null,
                approvedOnce ? NOW.minus(Duration.ofDays(30)) : null,
                approvedOnce ? 1L : null,
                NOW,
                NOW,
                null,
                1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** An individuals chart of the SMU, created by the engineer, without limits. */
    public SpcSeries spcSeries(
            String name, String quantity, String unit, String recipeName, RuleNumbering numbering, boolean critical) {
        return new SpcSeries(
                Ids.newId(),
                organizationId,
                smu.id(),
                quantity,
                unit,
                null,
                null,
                null,
                NOW,
                NOW,
                null,
                1,
                name,
                recipeName,
                null,
                ChartType.INDIVIDUALS_MOVING_RANGE,
                1,
                20,
                numbering == RuleNumbering.WESTERN_ELECTRIC ? List.of(1, 2, 5, 6) : List.of(1, 2, 3, 4, 5, 6, 7, 8),
                numbering,
                critical,
                null,
                null,
                null,
                null,
                engineer.userId());
    }

    /** The series with limits at centre +/- 3 sigma, as if a PI had frozen them. */
    public SpcSeries withLimits(SpcSeries series, double centre, double sigma) {
        return new SpcSeries(
                series.id(),
                series.organizationId(),
                series.instrumentId(),
                series.parameter(),
                series.unit(),
                centre,
                centre - 3 * sigma,
                centre + 3 * sigma,
                series.createdAt(),
                series.updatedAt(),
                series.deletedAt(),
                series.rowVersion(),
                series.name(),
                series.recipeName(),
                series.materialId(),
                series.chartType(),
                series.subgroupSize(),
                series.baselineSize(),
                series.enabledRules(),
                series.ruleNumbering(),
                series.critical(),
                series.lowerSpecLimit(),
                series.upperSpecLimit(),
                sigma,
                Ids.newId(),
                series.createdBy());
    }

    /** Twenty points around {@code centre}, an hour apart from {@code first}, spread by {@code step}. */
    public List<SpcPoint> baselineOf(SpcSeries series, double centre, double step, Instant first) {
        int[] offsets = {0, 1, -1, 2, -2, 1, 0, -1, 1, -2, 2, 0, -1, 1, 0, 2, -1, -2, 1, 0};
        List<SpcPoint> points = new ArrayList<>();
        for (int i = 0; i < offsets.length; i++) {
            Instant at = first.plus(Duration.ofHours(i));
            UUID resultId = Ids.newId();
            points.add(new SpcPoint(
                    SpcPoint.idFor(series.id(), resultId),
                    organizationId,
                    series.id(),
                    Ids.newId(),
                    centre + step * offsets[i],
                    at,
                    at,
                    1,
                    resultId,
                    at));
        }
        return points;
    }

    /** An open rule-1 alert on the series, as feeding would raise it. */
    public SpcAlert openAlert(SpcSeries series, Instant raisedAt) {
        UUID pointId = Ids.newId();
        return new SpcAlert(
                Ids.newId(),
                organizationId,
                series.id(),
                pointId,
                "nelson-1",
                series.ruleNumbering().label(NelsonRule.RULE_1) + ": " + NelsonRule.RULE_1.description(),
                raisedAt,
                null,
                null,
                1,
                1,
                List.of(pointId),
                null,
                raisedAt,
                raisedAt);
    }
}
