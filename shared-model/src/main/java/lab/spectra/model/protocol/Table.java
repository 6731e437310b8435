package lab.spectra.model.protocol;

import java.util.Arrays;
import java.util.Optional;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.command.Row;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentEvent;
import lab.spectra.model.instrument.MaintenanceTask;
import lab.spectra.model.ml.FeatureSet;
import lab.spectra.model.ml.MlModel;
import lab.spectra.model.org.ApiKey;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RecipeApproval;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SopApproval;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcLimitDecision;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.trust.ReviewItem;

/**
 * The domain tables (spec §3), their row types, and whether bench PCs receive them. Secrets (API
 * key hashes) and the audit trail stay on the server.
 */
public enum Table {
    ORGANIZATIONS("organizations", Organization.class, true),
    USERS("users", UserAccount.class, true),
    API_KEYS("api_keys", ApiKey.class, false),
    INSTRUMENTS("instruments", Instrument.class, true),
    CALIBRATIONS("calibrations", Calibration.class, true),
    MATERIALS("materials", Material.class, true),
    SAMPLES("samples", Sample.class, true),
    WAFERS("wafers", Wafer.class, true),
    DEVICES("devices", Device.class, true),
    CUSTODY_EVENTS("custody_events", CustodyEvent.class, true),
    RECIPES("recipes", Recipe.class, true),
    RECIPE_APPROVALS("recipe_approvals", RecipeApproval.class, true),
    RUNS("runs", Run.class, true),
    RESULTS("results", Result.class, true),
    SOPS("sops", Sop.class, true),
    SOP_APPROVALS("sop_approvals", SopApproval.class, true),
    ELN_ENTRIES("eln_entries", ElnEntry.class, true),
    ELN_ENTRY_VERSIONS("eln_entry_versions", ElnEntryVersion.class, true),
    SIGNATURES("signatures", Signature.class, true),
    RUN_REVIEWS("run_reviews", RunReview.class, true),
    ATTACHMENTS("attachments", Attachment.class, true),
    SPC_SERIES("spc_series", SpcSeries.class, true),
    SPC_POINTS("spc_points", SpcPoint.class, true),
    SPC_ALERTS("spc_alerts", SpcAlert.class, true),
    SPC_LIMIT_DECISIONS("spc_limit_decisions", SpcLimitDecision.class, true),
    FEATURE_SETS("feature_sets", FeatureSet.class, true),
    ML_MODELS("ml_models", MlModel.class, true),
    REVIEW_ITEMS("review_items", ReviewItem.class, true),
    QUALIFICATIONS("qualifications", Qualification.class, true),
    MAINTENANCE_TASKS("maintenance_tasks", MaintenanceTask.class, true),
    INSTRUMENT_EVENTS("instrument_events", InstrumentEvent.class, true),
    AUDIT_LOG("audit_log", AuditEntry.class, false);

    private final String tableName;
    private final Class<? extends Row> rowType;
    private final boolean sentToWorkstations;

    Table(String tableName, Class<? extends Row> rowType, boolean sentToWorkstations) {
        this.tableName = tableName;
        this.rowType = rowType;
        this.sentToWorkstations = sentToWorkstations;
    }

    public String tableName() {
        return tableName;
    }

    public Class<? extends Row> rowType() {
        return rowType;
    }

    public boolean sentToWorkstations() {
        return sentToWorkstations;
    }

    public static Table of(Row row) {
        return of(row.getClass());
    }

    public static Table of(Class<? extends Row> rowType) {
        return Arrays.stream(values())
                .filter(table -> table.rowType.equals(rowType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(rowType.getName() + " is not a table row"));
    }

    public static Optional<Table> byName(String tableName) {
        return Arrays.stream(values())
                .filter(table -> table.tableName.equals(tableName))
                .findFirst();
    }
}
