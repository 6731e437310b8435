package lab.spectra.model.auth;

/**
 * Everything a person can try to do. Each command names the action it needs; the UI and the
 * server's read endpoints ask about the others. The phrase completes "Your role may not ...".
 */
public enum Action {
    VIEW_ORGANIZATION_DATA("view this organization's data"),
    DOWNLOAD_REPORTS("download reports"),

    START_RUN("start runs"),
    RECORD_RESULT("record results"),
    FINISH_RUN("finish runs"),
    ABORT_RUN("abort runs"),
    RECORD_CUSTODY_EVENT("record custody events"),
    WRITE_ELN_ENTRY("write lab notebook entries"),
    SIGN_RECORDS("sign records"),

    CREATE_SAMPLE("create samples"),
    CREATE_MATERIAL("create materials"),
    EDIT_SAMPLE("edit samples"),
    CREATE_WAFER("create wafers"),
    CREATE_DEVICE("create devices"),
    EDIT_DEVICE("edit devices"),
    CREATE_RECIPE("create recipes"),
    EDIT_RECIPE_DRAFT("edit recipe drafts"),
    WRITE_SOP_DRAFT("write SOP drafts"),
    WORK_ON_OTHERS_RUNS("work on runs operated by someone else"),
    EDIT_OTHERS_ELN_ENTRIES("edit lab notebook entries written by someone else"),
    GENERATE_REPORTS("generate reports"),
    REVIEW_RUNS("review runs"),
    CREATE_SPC_SERIES("create SPC series"),
    EDIT_SPC_SERIES("change SPC series (rules, specification limits, critical)"),
    ACKNOWLEDGE_SPC_ALERT("acknowledge SPC alerts"),

    APPROVE_RECIPE("approve recipes"),
    RETIRE_RECIPE("retire recipes"),
    APPROVE_SOP("approve SOPs"),
    RETIRE_SOP("retire SOPs"),
    DELETE_RECORDS("delete records"),
    /**
     * Read the audit trail, check its chain and export it. PIs and admins, and viewers: the
     * account an inspector is given (spec §2 leaves it read-only, which the trail is).
     */
    VIEW_AUDIT_TRAIL("view the audit trail"),
    SIGN_AS_APPROVER("sign as approver"),
    FREEZE_SPC_LIMITS("freeze or change SPC control limits"),
    REVIEW_FLAGGED_WORK("review work the server flagged (late syncs, revoked certificates)"),
    RECORD_QUALIFICATION("record operator qualifications"),
    REVOKE_QUALIFICATION("revoke operator qualifications"),

    REGISTER_INSTRUMENT("register instruments"),
    EDIT_INSTRUMENT("edit instruments"),
    CHANGE_INSTRUMENT_STATUS("change an instrument's status"),
    PLAN_MAINTENANCE("plan instrument maintenance"),
    RECORD_MAINTENANCE("record instrument maintenance"),
    RECORD_REQUALIFICATION("record instrument requalifications"),
    RECORD_CALIBRATION("record calibrations"),
    REVOKE_CALIBRATION("revoke calibrations"),
    MANAGE_USERS("manage users and roles"),
    MANAGE_SETTINGS("change organization settings"),
    IMPORT_RECORDS("import a lab's existing records from files"),
    MANAGE_API_KEYS("create and revoke API keys for instrument software"),
    EXPORT_RECORDS("export the organization's records for inspection");

    private final String phrase;

    Action(String phrase) {
        this.phrase = phrase;
    }

    /** Lower-case phrase for messages, e.g. "approve recipes". */
    public String phrase() {
        return phrase;
    }
}
