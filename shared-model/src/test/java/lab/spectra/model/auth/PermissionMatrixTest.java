package lab.spectra.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.testing.ExampleCommands;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The permission table of spec §2, written out cell by cell. Changing who may do what must change
 * this file too: any difference between the code and these tables fails a test.
 */
class PermissionMatrixTest {

    private static final List<Role> COLUMNS = List.of(Role.VIEWER, Role.TECHNICIAN, Role.ENGINEER, Role.PI, Role.ADMIN);

    /** Every command type, run by every role through the real command handler. */
    private static final String COMMANDS = """
            #                    viewer  technician  engineer  pi  admin
            CreateSample           -         -          X       X    X
            EditSample             -         -          X       X    X
            CreateWafer            -         -          X       X    X
            CreateDevice           -         -          X       X    X
            EditDevice             -         -          X       X    X
            RecordCustodyEvent     -         X          X       X    X
            CreateRecipe           -         -          X       X    X
            EditRecipeDraft        -         -          X       X    X
            ApproveRecipe          -         -          -       X    X
            RetireRecipe           -         -          -       X    X
            RegisterInstrument     -         -          -       -    X
            EditInstrument         -         -          -       -    X
            ChangeInstrumentStatus -         -          -       -    X
            PlanMaintenance        -         -          -       -    X
            RecordMaintenance      -         -          -       -    X
            RecordRequalification  -         -          -       -    X
            AttachCertificate      -         -          -       -    X
            RecordCalibration      -         -          -       -    X
            RevokeCalibration      -         -          -       -    X
            StartRun               -         X          X       X    X
            RecordResult           -         X          X       X    X
            AttachFile             -         X          X       X    X
            FinishRun              -         X          X       X    X
            AbortRun               -         X          X       X    X
            ReviewRun              -         -          X       X    X
            WriteElnEntry          -         X          X       X    X
            EditElnEntry           -         X          X       X    X
            SignElnEntry           -         X          X       X    X
            CreateSopDraft         -         -          X       X    X
            ApproveSop             -         -          -       X    X
            RetireSop              -         -          -       X    X
            RecordQualification    -         -          -       X    X
            RevokeQualification    -         -          -       X    X
            CreateSpcSeries        -         -          X       X    X
            EditSpcSeries          -         -          X       X    X
            FreezeSpcLimits        -         -          -       X    X
            AcknowledgeSpcAlert    -         -          X       X    X
            SubmitRecipe           -         -          X       X    X
            RejectRecipe           -         -          -       X    X
            EditSopDraft           -         -          X       X    X
            SubmitSop              -         -          X       X    X
            RejectSop              -         -          -       X    X
            CreateMaterial         -         -          X       X    X
            DeleteSample           -         -          -       X    X
            """;

    /** Every action, including those no command carries (reads, reports, administration). */
    private static final String ACTIONS = """
            #                        viewer  technician  engineer  pi  admin
            VIEW_ORGANIZATION_DATA     X         X          X       X    X
            DOWNLOAD_REPORTS           X         X          X       X    X
            START_RUN                  -         X          X       X    X
            RECORD_RESULT              -         X          X       X    X
            FINISH_RUN                 -         X          X       X    X
            ABORT_RUN                  -         X          X       X    X
            RECORD_CUSTODY_EVENT       -         X          X       X    X
            WRITE_ELN_ENTRY            -         X          X       X    X
            SIGN_RECORDS               -         X          X       X    X
            CREATE_SAMPLE              -         -          X       X    X
            CREATE_MATERIAL            -         -          X       X    X
            EDIT_SAMPLE                -         -          X       X    X
            CREATE_WAFER               -         -          X       X    X
            CREATE_DEVICE              -         -          X       X    X
            EDIT_DEVICE                -         -          X       X    X
            CREATE_RECIPE              -         -          X       X    X
            EDIT_RECIPE_DRAFT          -         -          X       X    X
            WRITE_SOP_DRAFT            -         -          X       X    X
            WORK_ON_OTHERS_RUNS        -         -          X       X    X
            EDIT_OTHERS_ELN_ENTRIES    -         -          X       X    X
            GENERATE_REPORTS           -         -          X       X    X
            REVIEW_RUNS                -         -          X       X    X
            CREATE_SPC_SERIES          -         -          X       X    X
            EDIT_SPC_SERIES            -         -          X       X    X
            ACKNOWLEDGE_SPC_ALERT      -         -          X       X    X
            APPROVE_RECIPE             -         -          -       X    X
            RETIRE_RECIPE              -         -          -       X    X
            APPROVE_SOP                -         -          -       X    X
            RETIRE_SOP                 -         -          -       X    X
            DELETE_RECORDS             -         -          -       X    X
            VIEW_AUDIT_TRAIL           X         -          -       X    X
            SIGN_AS_APPROVER           -         -          -       X    X
            REVIEW_FLAGGED_WORK        -         -          -       X    X
            RECORD_QUALIFICATION       -         -          -       X    X
            REVOKE_QUALIFICATION       -         -          -       X    X
            FREEZE_SPC_LIMITS          -         -          -       X    X
            REGISTER_INSTRUMENT        -         -          -       -    X
            EDIT_INSTRUMENT            -         -          -       -    X
            CHANGE_INSTRUMENT_STATUS   -         -          -       -    X
            PLAN_MAINTENANCE           -         -          -       -    X
            RECORD_MAINTENANCE         -         -          -       -    X
            RECORD_REQUALIFICATION     -         -          -       -    X
            RECORD_CALIBRATION         -         -          -       -    X
            REVOKE_CALIBRATION         -         -          -       -    X
            MANAGE_USERS               -         -          -       -    X
            MANAGE_SETTINGS            -         -          -       -    X
            IMPORT_RECORDS             -         -          -       -    X
            MANAGE_API_KEYS            -         -          -       -    X
            EXPORT_RECORDS             -         -          -       -    X
            """;

    @Test
    void everyRoleMayRunExactlyTheCommandsTheTableGrants() {
        Map<String, Map<Role, Boolean>> expected = parse(COMMANDS);
        List<String> mismatches = new ArrayList<>();
        for (String commandName : CommandTypes.all().keySet()) {
            for (Role role : COLUMNS) {
                Lab lab = new Lab();
                Command command = ExampleCommands.of(CommandTypes.all().get(commandName), lab, lab.actorFor(role));
                Outcome outcome = lab.handle(command, lab.actorFor(role));
                boolean allowed = expected.get(commandName).get(role);
                boolean asExpected = allowed
                        ? outcome instanceof Applied
                        : outcome instanceof Rejected rejected && rejected.code() == RejectionCode.NOT_PERMITTED;
                if (!asExpected) {
                    mismatches.add(commandName + " by " + role + ": expected " + (allowed ? "applied" : "not permitted")
                            + " but got " + outcome);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyRoleMayTakeExactlyTheActionsTheTableGrants() {
        Map<String, Map<Role, Boolean>> expected = parse(ACTIONS);
        Map<String, Map<Role, Boolean>> actual = new LinkedHashMap<>();
        for (Action action : Action.values()) {
            Map<Role, Boolean> row = new LinkedHashMap<>();
            COLUMNS.forEach(role -> row.put(role, Permissions.allows(role, action)));
            actual.put(action.name(), row);
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void theCommandTableNamesEveryRegisteredCommandAndNothingElse() {
        assertThat(parse(COMMANDS).keySet())
                .containsExactlyInAnyOrderElementsOf(CommandTypes.all().keySet());
    }

    @Test
    void aRefusalNamesTheRoleAndWhatItMayNotDo() {
        Lab lab = new Lab();
        Command approve =
                ExampleCommands.of(CommandTypes.byWireName("ApproveRecipe").orElseThrow(), lab, lab.technician);
        assertThat(lab.handle(approve, lab.technician))
                .isEqualTo(new Rejected(RejectionCode.NOT_PERMITTED, "Your role (Technician) may not approve recipes"));
    }

    private static Map<String, Map<Role, Boolean>> parse(String table) {
        Map<String, Map<Role, Boolean>> rows = new LinkedHashMap<>();
        table.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] cells = line.split("\\s+");
                    assertThat(cells).as("row %s", line).hasSize(COLUMNS.size() + 1);
                    Map<Role, Boolean> row = new LinkedHashMap<>();
                    for (int column = 0; column < COLUMNS.size(); column++) {
                        row.put(COLUMNS.get(column), cells[column + 1].equals("X"));
                    }
                    assertThat(rows.put(cells[0], row))
                            .as("duplicate row %s", cells[0])
                            .isNull();
                });
        return rows;
    }
}
