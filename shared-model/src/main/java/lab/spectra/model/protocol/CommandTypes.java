package lab.spectra.model.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.calibration.AttachCertificate;
import lab.spectra.model.calibration.RecordCalibration;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.command.Command;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.instrument.ChangeInstrumentStatus;
import lab.spectra.model.instrument.EditInstrument;
import lab.spectra.model.instrument.PlanMaintenance;
import lab.spectra.model.instrument.RecordMaintenance;
import lab.spectra.model.instrument.RecordRequalification;
import lab.spectra.model.instrument.RegisterInstrument;
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
import lab.spectra.model.run.StartRun;
import lab.spectra.model.runreview.ReviewRun;
import lab.spectra.model.sample.CreateDevice;
import lab.spectra.model.sample.CreateMaterial;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.CreateWafer;
import lab.spectra.model.sample.DeleteSample;
import lab.spectra.model.sample.EditDevice;
import lab.spectra.model.sample.EditSample;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.EditSopDraft;
import lab.spectra.model.sop.RejectSop;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.model.sop.SubmitSop;
import lab.spectra.model.spc.AcknowledgeSpcAlert;
import lab.spectra.model.spc.CreateSpcSeries;
import lab.spectra.model.spc.EditSpcSeries;
import lab.spectra.model.spc.FreezeSpcLimits;

/**
 * Every command type the sync protocol carries, under its wire name (the {@code type} field).
 * A wire name, once released, never changes: bench PCs with an older version still send it.
 */
public final class CommandTypes {

    private static final Map<String, Class<? extends Command>> BY_WIRE_NAME = register(
            CreateSample.class,
            EditSample.class,
            CreateWafer.class,
            CreateDevice.class,
            EditDevice.class,
            RecordCustodyEvent.class,
            CreateRecipe.class,
            EditRecipeDraft.class,
            ApproveRecipe.class,
            RetireRecipe.class,
            RegisterInstrument.class,
            RecordCalibration.class,
            RevokeCalibration.class,
            StartRun.class,
            RecordResult.class,
            FinishRun.class,
            AbortRun.class,
            WriteElnEntry.class,
            EditElnEntry.class,
            SignElnEntry.class,
            CreateSopDraft.class,
            ApproveSop.class,
            RetireSop.class,
            RecordQualification.class,
            RevokeQualification.class,
            AttachFile.class,
            ReviewRun.class,
            EditInstrument.class,
            ChangeInstrumentStatus.class,
            PlanMaintenance.class,
            RecordMaintenance.class,
            RecordRequalification.class,
            AttachCertificate.class,
            CreateSpcSeries.class,
            EditSpcSeries.class,
            FreezeSpcLimits.class,
            AcknowledgeSpcAlert.class,
            SubmitRecipe.class,
            RejectRecipe.class,
            EditSopDraft.class,
            SubmitSop.class,
            RejectSop.class,
            CreateMaterial.class,
            DeleteSample.class);

    private CommandTypes() {}

    /** Wire name to type, in a stable order. */
    public static Map<String, Class<? extends Command>> all() {
        return BY_WIRE_NAME;
    }

    public static String wireName(Class<? extends Command> type) {
        return BY_WIRE_NAME.entrySet().stream()
                .filter(entry -> entry.getValue().equals(type))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not a registered command"));
    }

    public static Optional<Class<? extends Command>> byWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    @SafeVarargs
    private static Map<String, Class<? extends Command>> register(Class<? extends Command>... types) {
        Map<String, Class<? extends Command>> byName = new LinkedHashMap<>();
        for (Class<? extends Command> type : types) {
            byName.put(type.getSimpleName(), type);
        }
        return Collections.unmodifiableMap(byName);
    }
}
