package lab.spectra.model.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Row;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.InstrumentEventKind;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.ml.FeatureSet;
import lab.spectra.model.ml.MlModel;
import lab.spectra.model.org.ApiKey;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.qualification.QualificationState;
import lab.spectra.model.recipe.RecipeApproval;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SopApproval;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SigmaEstimate;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcLimitDecision;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.trust.ReviewItem;

/**
 * One filled-in row of every table, for round trips through JSON and databases. Rows refer to
 * each other (a result to a run, a point to a series), so inserting them in {@link Table} order
 * satisfies every foreign key.
 */
public final class ExampleRows {

    private final Lab lab;
    private final Run run;
    private final UUID seriesId = Ids.newId();
    private final UUID pointId = Ids.newId();
    private final UUID featureSetId = Ids.newId();
    private final UUID sopId = Ids.newId();
    private final UUID elnEntryId = Ids.newId();
    private final UUID signatureId = Ids.newId();

    public ExampleRows(Lab lab) {
        this.lab = lab;
        this.run = lab.runningRunOf(lab.technician);
    }

    /** Every table's example, in an order that satisfies foreign keys. */
    public List<Row> all() {
        return Arrays.stream(Table.values()).map(this::of).toList();
    }

    public static Row of(Table table, Lab lab) {
        return new ExampleRows(lab).of(table);
    }

    public Row of(Table table) {
        UUID org = lab.organizationId;
        Instant now = Lab.NOW;
        UUID someone = lab.engineer.userId();
        return switch (table) {
            case ORGANIZATIONS ->
                new Organization(
                        org,
                        "demo-lab",
                        "Demo Lab",
                        JsonObjects.empty().put("timezone", "Europe/Berlin"),
                        now,
                        now,
                        null,
                        1);
            case USERS ->
                new UserAccount(
                        someone, org, "engineer@demo.lab", "Eli Engineer", Role.ENGINEER, true, now, now, null, 1);
            case API_KEYS ->
                new ApiKey(
                        Ids.newId(),
                        org,
                        "SMU driver",
                        "sk_3f9a",
                        "$argon2id$v=19$...",
                        List.of("runs:write"),
                        now.plus(Duration.ofDays(90)),
                        null,
                        lab.admin.userId(),
                        now,
                        null,
                        1,
                        null);
            case INSTRUMENTS ->
                new Instrument(
                        lab.smu.id(),
                        org,
                        lab.smu.name(),
                        lab.smu.kind(),
                        lab.smu.serialNumber(),
                        lab.smu.location(),
                        InstrumentStatus.UNDER_MAINTENANCE,
                        "annual service",
                        25,
                        null,
                        now,
                        now,
                        null,
                        2);
            case CALIBRATIONS -> lab.smuCalibration;
            case MATERIALS ->
                new Material(
                        Ids.newId(),
                        org,
                        "Gallium nitride",
                        "GaN",
                        "MOCVD epi",
                        JsonObjects.empty().put("supplier", "Acme"),
                        now,
                        now,
                        null,
                        1,
                        null);
            case SAMPLES -> lab.sample;
            case WAFERS -> lab.wafer;
            case DEVICES -> lab.device;
            case CUSTODY_EVENTS ->
                new CustodyEvent(
                        Ids.newId(),
                        org,
                        lab.sample.id(),
                        "Receiving",
                        "Tess",
                        "Bay 2",
                        "measurement",
                        now,
                        lab.technician.userId(),
                        now,
                        1);
            case RECIPES -> lab.approvedIvSweep;
            case RECIPE_APPROVALS ->
                new RecipeApproval(
                        Ids.newId(),
                        org,
                        lab.approvedIvSweep.id(),
                        1L,
                        lab.pi.userId(),
                        Role.PI,
                        ApprovalDecision.APPROVED,
                        "ok",
                        now,
                        now,
                        1);
            case RUNS -> run;
            case RUN_REVIEWS ->
                // The review behind the example signature; a real one names a run's signature.
                new RunReview(
                        Ids.newId(),
                        org,
                        run.id(),
                        signatureId,
                        someone,
                        "Eli Engineer",
                        ReviewDecision.REJECTED,
                        "Compliance hit above 2 V",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        now,
                        now,
                        1);
            case RESULTS ->
                new Result(
                        Ids.newId(),
                        org,
                        run.id(),
                        "threshold voltage",
                        0.42,
                        "V",
                        "raw/1.csv",
                        JsonObjects.empty().put("points", 201),
                        lab.technician.userId(),
                        now,
                        now,
                        1);
            case SOPS ->
                new Sop(
                        sopId,
                        org,
                        "IV characterization",
                        2,
                        ApprovalStatus.APPROVED,
                        "# Steps\n1. ...",
                        someone,
                        List.of(lab.engineer.userId()),
                        lab.pi.userId(),
                        now,
                        2L,
                        now,
                        now,
                        null,
                        3,
                        sopId,
                        now,
                        someone,
                        null,
                        null,
                        null,
                        lab.pi.userId(),
                        now,
                        "Superseded by v3");
            case SOP_APPROVALS ->
                new SopApproval(
                        SopApproval.idFor(Ids.newId()),
                        org,
                        sopId,
                        1L,
                        lab.pi.userId(),
                        Role.PI,
                        ApprovalDecision.REJECTED,
                        "Step 2 needs the probe force",
                        now,
                        now,
                        1);
            case ELN_ENTRIES ->
                new ElnEntry(
                        elnEntryId,
                        org,
                        "Leakage study",
                        "Measured **leakage**.",
                        someone,
                        List.of(lab.engineer.userId(), lab.pi.userId()),
                        List.of(lab.sample.id()),
                        List.of(),
                        now,
                        now,
                        null,
                        1);
            case ELN_ENTRY_VERSIONS -> {
                // A version of the example entry above: versions point at their entry.
                ElnEntry entry = (ElnEntry) of(Table.ELN_ENTRIES);
                yield ElnEntryVersion.of(entry, 1, entry.authorId(), now);
            }
            case SIGNATURES ->
                new Signature(
                        signatureId,
                        org,
                        "eln_entries",
                        Ids.newId(),
                        someone,
                        "Eli Engineer",
                        SignatureMeaning.AUTHORED,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        now,
                        null,
                        null,
                        now,
                        1);
            case ATTACHMENTS ->
                new Attachment(
                        Ids.newId(),
                        org,
                        "runs",
                        run.id(),
                        "cert.pdf",
                        "application/pdf",
                        48_213,
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                        lab.admin.userId(),
                        now,
                        null,
                        1);
            case SPC_SERIES ->
                new SpcSeries(
                        seriesId,
                        org,
                        lab.smu.id(),
                        "threshold voltage",
                        "V",
                        0.42,
                        0.39,
                        0.45,
                        now,
                        now,
                        null,
                        1,
                        "Threshold voltage",
                        "IV sweep",
                        null,
                        ChartType.INDIVIDUALS_MOVING_RANGE,
                        1,
                        20,
                        List.of(1, 2, 5, 6),
                        RuleNumbering.WESTERN_ELECTRIC,
                        true,
                        0.30,
                        0.60,
                        0.01,
                        null,
                        lab.engineer.userId());
            case SPC_POINTS -> new SpcPoint(pointId, org, seriesId, run.id(), 0.43, now, now, 1, Ids.newId(), now);
            case SPC_ALERTS ->
                new SpcAlert(
                        Ids.newId(),
                        org,
                        seriesId,
                        pointId,
                        "nelson-1",
                        "WE1: one point beyond 3 sigma",
                        now,
                        null,
                        null,
                        1,
                        1,
                        List.of(pointId),
                        null,
                        now,
                        now);
            case SPC_LIMIT_DECISIONS ->
                new SpcLimitDecision(
                        Ids.newId(),
                        org,
                        seriesId,
                        ChartType.INDIVIDUALS_MOVING_RANGE,
                        1,
                        0.42,
                        0.39,
                        0.45,
                        0.01,
                        0.01,
                        SigmaEstimate.MEAN_MOVING_RANGE_OVER_D2,
                        20,
                        pointId,
                        pointId,
                        "I-MR from 20 points",
                        "Baseline after the SMU's calibration",
                        Ids.newId(),
                        lab.pi.userId(),
                        "Pat PI",
                        now,
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                        now,
                        now,
                        1);
            case FEATURE_SETS ->
                new FeatureSet(
                        featureSetId,
                        org,
                        "IV features",
                        "Vth, Ion/Ioff",
                        JsonObjects.empty().put("window", 5),
                        now,
                        now,
                        null,
                        1);
            case ML_MODELS ->
                new MlModel(
                        Ids.newId(),
                        org,
                        "Vth predictor",
                        "1.3.0",
                        featureSetId,
                        JsonObjects.empty().put("r2", 0.97),
                        "models/vth-1.3.0.onnx",
                        now,
                        now,
                        null,
                        1);
            case REVIEW_ITEMS ->
                new ReviewItem(
                        Ids.newId(),
                        org,
                        Ids.newId(),
                        lab.technician.userId(),
                        lab.workstationId,
                        "StartRun",
                        "runs",
                        run.id(),
                        "calibration_lapsed_before_sync",
                        "Made while the calibration was in force, received after it expired",
                        now.minusSeconds(3600),
                        now,
                        null,
                        null,
                        null,
                        now,
                        now,
                        1);
            case QUALIFICATIONS ->
                new Qualification(
                        Ids.newId(),
                        org,
                        someone,
                        InstrumentKind.SMU,
                        "IV sweep",
                        sopId,
                        now.minus(Duration.ofDays(30)),
                        now.plus(Duration.ofDays(335)),
                        QualificationState.REVOKED,
                        now,
                        lab.pi.userId(),
                        "retrained on v3",
                        lab.pi.userId(),
                        now,
                        now,
                        2);
            case MAINTENANCE_TASKS ->
                new MaintenanceTask(
                        lab.smuMaintenance.id(),
                        org,
                        lab.smu.id(),
                        "Clean the probe contacts",
                        90,
                        now.plus(Duration.ofDays(89)),
                        now.minus(Duration.ofDays(1)),
                        now,
                        now,
                        null,
                        2);
            case INSTRUMENT_EVENTS ->
                new InstrumentEvent(
                        Ids.newId(),
                        org,
                        lab.smu.id(),
                        InstrumentEventKind.MAINTENANCE,
                        now.minus(Duration.ofDays(1)),
                        "Clean the probe contacts: done",
                        lab.smuMaintenance.id(),
                        null,
                        null,
                        lab.admin.userId(),
                        now,
                        now,
                        1);
            case AUDIT_LOG ->
                new AuditEntry(
                        Ids.newId(),
                        org,
                        1,
                        now,
                        someone,
                        lab.workstationId,
                        Ids.newId(),
                        "CreateSample",
                        "samples",
                        lab.sample.id(),
                        null,
                        JsonObjects.empty().put("name", "x"),
                        null,
                        "0".repeat(64),
                        "a".repeat(64));
        };
    }
}
