package lab.spectra.model.auth;

/**
 * The one permission table of the product (spec §2). The server checks every endpoint and every
 * synced command against it, the desktop app checks offline commands against it, and the UI
 * hides what it forbids. Roles are hierarchical, so the table names the weakest role allowed.
 */
public final class Permissions {

    private Permissions() {}

    public static boolean allows(Role role, Action action) {
        if (action == Action.VIEW_AUDIT_TRAIL && role == Role.VIEWER) {
            // The one exception to the hierarchy: an inspector's read-only account reads the trail,
            // which technicians and engineers have no need to.
            return true;
        }
        return role.isAtLeast(minimumRole(action));
    }

    /**
     * The weakest role allowed, but for {@link Action#VIEW_AUDIT_TRAIL}, which viewers may take
     * too (see {@link #allows}).
     *
     * <p>Written as an exhaustive switch on purpose: adding an action without deciding who may take
     * it does not compile.
     */
    public static Role minimumRole(Action action) {
        return switch (action) {
            case VIEW_ORGANIZATION_DATA, DOWNLOAD_REPORTS -> Role.VIEWER;
            case START_RUN, RECORD_RESULT, FINISH_RUN, ABORT_RUN, RECORD_CUSTODY_EVENT, WRITE_ELN_ENTRY, SIGN_RECORDS ->
                Role.TECHNICIAN;
            case CREATE_SAMPLE,
                    EDIT_SAMPLE,
                    CREATE_MATERIAL,
                    CREATE_WAFER,
                    CREATE_DEVICE,
                    EDIT_DEVICE,
                    CREATE_RECIPE,
                    EDIT_RECIPE_DRAFT,
                    WRITE_SOP_DRAFT,
                    WORK_ON_OTHERS_RUNS,
                    EDIT_OTHERS_ELN_ENTRIES,
                    GENERATE_REPORTS,
                    REVIEW_RUNS,
                    CREATE_SPC_SERIES,
                    EDIT_SPC_SERIES,
                    ACKNOWLEDGE_SPC_ALERT -> Role.ENGINEER;
            case APPROVE_RECIPE,
                    RETIRE_RECIPE,
                    APPROVE_SOP,
                    RETIRE_SOP,
                    DELETE_RECORDS,
                    VIEW_AUDIT_TRAIL,
                    SIGN_AS_APPROVER,
                    FREEZE_SPC_LIMITS,
                    REVIEW_FLAGGED_WORK,
                    RECORD_QUALIFICATION,
                    REVOKE_QUALIFICATION -> Role.PI;
            case REGISTER_INSTRUMENT,
                    EDIT_INSTRUMENT,
                    CHANGE_INSTRUMENT_STATUS,
                    PLAN_MAINTENANCE,
                    RECORD_MAINTENANCE,
                    RECORD_REQUALIFICATION,
                    RECORD_CALIBRATION,
                    REVOKE_CALIBRATION,
                    MANAGE_USERS,
                    MANAGE_SETTINGS,
                    IMPORT_RECORDS,
                    MANAGE_API_KEYS,
                    EXPORT_RECORDS -> Role.ADMIN;
        };
    }
}
