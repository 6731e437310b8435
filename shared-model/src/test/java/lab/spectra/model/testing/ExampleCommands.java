package lab.spectra.model.testing;

import java.time.Duration;
import java.util.List;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.calibration.AttachCertificate;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.ChangeInstrumentStatus;
import lab.spectra.model.instrument.EditInstrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.instrument.InstrumentStatus;
import lab.spectra.model.instrument.PlanMaintenance;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.instrument.RecordRequalification;
import lab.spectra.model.instrument.RegisterInstrument;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.qualification.RecordQualification;
import lab.spectra.model.qualification.RevokeQualification;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.RejectRecipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.model.run.AbortRun;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.ReviewRun;
import lab.spectra.model.runreview.RunContent;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.EditDevice;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.EditSopDraft;
import lab.spectra.model.sop.RejectSop;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.model.sop.SubmitSop;
import lab.spectra.model.spc.AcknowledgeSpcAlert;
import lab.spectra.model.spc.ChartType;
import lab.spectra.model.spc.CreateSpcSeries;
import lab.spectra.model.spc.EditSpcSeries;
import lab.spectra.model.spc.FreezeSpcLimits;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcLimitsProposal;

/**
 * One valid example of every command type, written by the given author against a {@link Lab}:
 * if the author's role allows the command, it applies. Runs the command works on are operated by
 * the author, so the "own runs only" rule does not get in the way; the notebook entry edited is
 * the technician's, which is the technician's own and anyone else's to an engineer; its author signs
 * it as author and everyone else as reviewer (nobody reviews their own work). Recipes and SOPs
 * decided on were written by the engineer, so the PI and the admin are not approving their own.
 */
public final class ExampleCommands {

    private ExampleCommands() {}

    public static Command of(Class<? extends Command> type, Lab lab, Actor author) {
        String suffix = Ids.newId().toString().substring(30);
        return switch (type.getSimpleName()) {
            case "CreateSample" ->
                new CreateSample(
                        lab.meta(author),
                        Ids.newId(),
                        "Si wafer lot " + suffix,
                        "S-" + suffix,
                        null,
                        "Cabinet B",
                        "received from the fab");
            case "EditSample" ->
                new EditSample(
                        lab.meta(author),
                        lab.sample.id(),
                        new FieldChange<>(lab.sample.name(), "GaN-on-Si #1 (cleaved)"),
                        null,
                        new FieldChange<>(lab.sample.location(), "Glovebox"),
                        new FieldChange<>(SampleStatus.AVAILABLE, SampleStatus.IN_USE),
                        null,
                        null,
                        null);
            case "CreateWafer" -> new CreateWafer(lab.meta(author), Ids.newId(), lab.sample.id(), "W-" + suffix, 150.0);
            case "CreateDevice" ->
                new CreateDevice(lab.meta(author), Ids.newId(), lab.wafer.id(), "D-" + suffix, "MOSFET");
            case "EditDevice" ->
                new EditDevice(
                        lab.meta(author),
                        lab.device.id(),
                        new FieldChange<>(lab.device.name(), "HEMT-A1 (thinned)"),
                        new FieldChange<>(lab.device.deviceType(), "MIS-HEMT"));
            case "RecordCustodyEvent" ->
                new RecordCustodyEvent(
                        lab.meta(author),
                        Ids.newId(),
                        lab.sample.id(),
                        "Receiving",
                        author.displayName(),
                        "Bay 2",
                        "for IV characterization");
            case "CreateRecipe" ->
                new CreateRecipe(
                        lab.meta(author),
                        Ids.newId(),
                        "Transfer curve",
                        InstrumentKind.SMU,
                        JsonObjects.empty().put("vds", 0.1),
                        null,
                        null);
            case "EditRecipeDraft" ->
                new EditRecipeDraft(
                        lab.meta(author),
                        lab.draftIvSweep.id(),
                        new FieldChange<>(lab.draftIvSweep.name(), "IV sweep, fine steps"),
                        new FieldChange<>(
                                lab.draftIvSweep.parameters(),
                                JsonObjects.empty().put("step_v", 0.01)),
                        null);
            case "ApproveRecipe" ->
                new ApproveRecipe(
                        lab.meta(author),
                        lab.draftIvSweep.id(),
                        Ids.newId(),
                        "checked against SOP-IV-001",
                        lab.draftIvSweep.rowVersion());
            case "RetireRecipe" ->
                new RetireRecipe(
                        lab.meta(author),
                        lab.approvedIvSweep.id(),
                        Ids.newId(),
                        "superseded by v2",
                        lab.approvedIvSweep.rowVersion());
            case "RegisterInstrument" ->
                new RegisterInstrument(
                        lab.meta(author),
                        Ids.newId(),
                        "ELL-" + suffix,
                        InstrumentKind.ELLIPSOMETER,
                        "SN-" + suffix,
                        "Bay 3");
            case "RecordCalibration" ->
                new RecordCalibration(
                        lab.meta(author),
                        Ids.newId(),
                        lab.xrd.id(),
                        "CERT-XRD-" + suffix,
                        Lab.NOW.minus(Duration.ofDays(1)),
                        Lab.NOW.plus(Duration.ofDays(365)),
                        "Metrology Services",
                        null);
            case "RevokeCalibration" ->
                new RevokeCalibration(lab.meta(author), lab.smuCalibration.id(), "reference resistor out of tolerance");
            case "StartRun" ->
                new StartRun(
                        lab.meta(author),
                        Ids.newId(),
                        lab.approvedIvSweep.id(),
                        lab.smu.id(),
                        lab.sample.id(),
                        lab.device.id());
            case "RecordResult" ->
                new RecordResult(
                        lab.meta(author),
                        Ids.newId(),
                        lab.runningRunOf(author).id(),
                        "threshold voltage",
                        0.42,
                        "V",
                        "raw/iv-0001.csv",
                        JsonObjects.empty().put("points", 201));
            case "AttachFile" ->
                new AttachFile(
                        lab.meta(author),
                        Ids.newId(),
                        lab.runningRunOf(author).id(),
                        "iv-0001.csv",
                        "text/csv",
                        12_345,
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
            case "FinishRun" ->
                new FinishRun(lab.meta(author), lab.runningRunOf(author).id());
            case "AbortRun" ->
                new AbortRun(lab.meta(author), lab.runningRunOf(author).id(), "probe needle broke");
            case "WriteElnEntry" ->
                new WriteElnEntry(
                        lab.meta(author),
                        Ids.newId(),
                        "Anneal " + suffix,
                        "Annealed at 400 C for 30 min; see run.",
                        List.of(lab.sample.id()),
                        List.of(lab.runningRunOf(author).id()));
            case "EditElnEntry" ->
                new EditElnEntry(
                        lab.meta(author),
                        lab.elnEntry.id(),
                        new FieldChange<>(lab.elnEntry.title(), "Gate leakage of GaN-on-Si #1"),
                        new FieldChange<>(
                                lab.elnEntry.bodyMarkdown(), "Gate leakage below **1 nA** at -5 V and 25 C."));
            case "SignElnEntry" ->
                new SignElnEntry(
                        lab.meta(author),
                        Ids.newId(),
                        lab.elnEntry.id(),
                        author.userId().equals(lab.elnEntry.authorId())
                                ? SignatureMeaning.AUTHORED
                                : SignatureMeaning.REVIEWED,
                        SignedContent.sha256(lab.elnEntry));
            case "CreateSopDraft" ->
                new CreateSopDraft(
                        lab.meta(author),
                        Ids.newId(),
                        "IV characterization",
                        "# Steps\n1. Clean the chuck.\n2. Land the probes.",
                        lab.approvedSop.id());
            case "ApproveSop" -> new ApproveSop(lab.meta(author), lab.draftSop.id(), lab.draftSop.rowVersion());
            case "RetireSop" ->
                new RetireSop(lab.meta(author), lab.approvedSop.id(), "superseded by v2", lab.approvedSop.rowVersion());
            case "RecordQualification" ->
                new RecordQualification(
                        lab.meta(author),
                        Ids.newId(),
                        lab.technician.userId(),
                        InstrumentKind.SMU,
                        "IV sweep",
                        lab.approvedSop.id(),
                        Lab.NOW.minus(Duration.ofDays(1)),
                        Lab.NOW.plus(Duration.ofDays(365)));
            case "RevokeQualification" ->
                new RevokeQualification(
                        lab.meta(author), lab.qualifications.get(3).id(), "missed the refresher training");
            case "ReviewRun" -> {
                Run run = lab.finishedRunOf(lab.technician);
                yield new ReviewRun(
                        lab.meta(author),
                        Ids.newId(),
                        Ids.newId(),
                        run.id(),
                        ReviewDecision.REVIEWED,
                        "Curve and resistance checked against the raw file",
                        RunContent.sha256(run, lab.state),
                        null);
            }
            case "EditInstrument" ->
                new EditInstrument(
                        lab.meta(author),
                        lab.smu.id(),
                        Ids.newId(),
                        lab.smu.name(),
                        lab.smu.kind(),
                        lab.smu.serialNumber(),
                        "Bay 4",
                        50);
            case "ChangeInstrumentStatus" ->
                new ChangeInstrumentStatus(
                        lab.meta(author),
                        lab.smu.id(),
                        Ids.newId(),
                        InstrumentStatus.OUT_OF_SERVICE,
                        "compliance limit trips at 1 mA");
            case "PlanMaintenance" ->
                new PlanMaintenance(
                        lab.meta(author),
                        Ids.newId(),
                        lab.xrd.id(),
                        "Replace the tube filter " + suffix,
                        90,
                        Lab.NOW.plus(Duration.ofDays(14)));
            case "RecordMaintenance" ->
                new RecordMaintenance(
                        lab.meta(author),
                        Ids.newId(),
                        lab.smu.id(),
                        lab.smuMaintenance.id(),
                        Lab.NOW.minus(Duration.ofHours(2)),
                        "Contacts cleaned, cables reseated");
            case "RecordRequalification" ->
                new RecordRequalification(
                        lab.meta(author),
                        Ids.newId(),
                        lab.smu.id(),
                        Lab.NOW.minus(Duration.ofHours(1)),
                        "Reference resistor read within 0.05 %");
            case "AttachCertificate" ->
                new AttachCertificate(
                        lab.meta(author),
                        Ids.newId(),
                        lab.smuCalibration.id(),
                        "CERT-SMU-2026.pdf",
                        "application/pdf",
                        48_213,
                        "ab".repeat(32));
            case "CreateSpcSeries" ->
                new CreateSpcSeries(
                        lab.meta(author),
                        Ids.newId(),
                        "Gate leakage " + suffix,
                        lab.smu.id(),
                        "IV sweep",
                        "gate leakage",
                        "nA",
                        null,
                        ChartType.INDIVIDUALS_MOVING_RANGE,
                        1,
                        20,
                        null,
                        RuleNumbering.WESTERN_ELECTRIC,
                        true,
                        null,
                        1.0);
            case "EditSpcSeries" ->
                new EditSpcSeries(
                        lab.meta(author),
                        lab.spcSeries.id(),
                        "Threshold voltage SMU-01 (IV sweep)",
                        List.of(1, 2, 3, 5, 6),
                        RuleNumbering.NELSON,
                        true,
                        0.30,
                        0.55,
                        "rule 4 fires on the chuck's thermal cycling",
                        lab.spcSeries.rowVersion());
            case "FreezeSpcLimits" ->
                new FreezeSpcLimits(
                        lab.meta(author),
                        Ids.newId(),
                        Ids.newId(),
                        lab.spcSeries.id(),
                        null,
                        null,
                        "First 20 sweeps after the SMU's calibration",
                        SpcLimitsProposal.of(lab.spcSeries, lab.state.spcPointsOf(lab.spcSeries.id()), null, null)
                                .contentSha256(),
                        null);
            case "AcknowledgeSpcAlert" ->
                new AcknowledgeSpcAlert(
                        lab.meta(author),
                        lab.spcAlert.id(),
                        "Probe card replaced; the next sweeps are back in control");
            // part R (issue 18): recipe and SOP authoring
            case "SubmitRecipe" ->
                new SubmitRecipe(lab.meta(author), lab.draftIvSweep.id(), lab.draftIvSweep.rowVersion());
            case "RejectRecipe" ->
                new RejectRecipe(
                        lab.meta(author),
                        lab.draftIvSweep.id(),
                        Ids.newId(),
                        "Compliance too high for these devices",
                        lab.draftIvSweep.rowVersion());
            case "EditSopDraft" ->
                new EditSopDraft(
                        lab.meta(author),
                        lab.draftSop.id(),
                        new FieldChange<>(lab.draftSop.title(), "XRD analysis of thin films"),
                        new FieldChange<>(lab.draftSop.bodyMarkdown(), "# Steps\n1. Align the sample."));
            case "SubmitSop" -> new SubmitSop(lab.meta(author), lab.draftSop.id(), lab.draftSop.rowVersion());
            case "RejectSop" ->
                new RejectSop(lab.meta(author), lab.draftSop.id(), "Say which slit to use", lab.draftSop.rowVersion());
            default ->
                throw new IllegalArgumentException(
                        "No example for " + type.getSimpleName() + ": add one here when adding a command");
        };
    }
}
