package lab.spectra.model.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** The recipe workflow as the commands enforce it, and its effect on starting runs. */
class RecipeWorkflowCommandsTest {

    private final Lab lab = new Lab();

    private RejectionCode codeOf(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).code();
    }

    @Test
    void approvingADraftRecordsTheApproverAndTheirRole() {
        Outcome outcome =
                lab.handle(new ApproveRecipe(lab.meta(lab.pi), lab.draftIvSweep.id(), Ids.newId(), "ok", 1L), lab.pi);
        assertThat(outcome).isInstanceOf(Applied.class);
        Recipe approved = lab.state.recipe(lab.draftIvSweep.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(lab.pi.userId());
        assertThat(approved.rowVersion()).isEqualTo(2);
        RecipeApproval approval = lab.state.all(RecipeApproval.class).get(0);
        assertThat(approval.approverRole()).isEqualTo(Role.PI);
        assertThat(approval.decision()).isEqualTo(ApprovalDecision.APPROVED);
        assertThat(approval.recipeRowVersion()).isEqualTo(1L);
    }

    @Test
    void anApprovedRecipeCannotBeApprovedAgain() {
        assertThat(codeOf(lab.handle(
                        new ApproveRecipe(lab.meta(lab.pi), lab.approvedIvSweep.id(), Ids.newId(), null, 1L), lab.pi)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aRetiredRecipeCannotBeApprovedAgain() {
        Outcome outcome =
                lab.handle(new ApproveRecipe(lab.meta(lab.pi), lab.retiredIvSweep.id(), Ids.newId(), null, 1L), lab.pi);
        assertThat(outcome)
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "Recipe IV sweep legacy v1 is retired and cannot be approved"));
    }

    @Test
    void aDraftCannotBeRetired() {
        assertThat(codeOf(lab.handle(
                        new RetireRecipe(lab.meta(lab.pi), lab.draftIvSweep.id(), Ids.newId(), "old", 1L), lab.pi)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aRetiredRecipeCannotBeRetiredAgain() {
        assertThat(codeOf(lab.handle(
                        new RetireRecipe(lab.meta(lab.pi), lab.retiredIvSweep.id(), Ids.newId(), "old", 1L), lab.pi)))
                .isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void retiringNeedsAReason() {
        assertThat(codeOf(lab.handle(
                        new RetireRecipe(lab.meta(lab.pi), lab.approvedIvSweep.id(), Ids.newId(), " ", 1L), lab.pi)))
                .isEqualTo(RejectionCode.INVALID_INPUT);
    }

    @Test
    void anApprovedRecipeCannotBeEditedInPlace() {
        EditRecipeDraft edit = new EditRecipeDraft(
                lab.meta(lab.engineer),
                lab.approvedIvSweep.id(),
                new FieldChange<>("IV sweep", "IV sweep 2"),
                null,
                null);
        assertThat(codeOf(lab.handle(edit, lab.engineer))).isEqualTo(RejectionCode.ILLEGAL_TRANSITION);
    }

    @Test
    void theAuthorOfARecipeCannotApproveIt() {
        var recipe = new CreateRecipe(
                lab.meta(lab.pi), Ids.newId(), "CV sweep", InstrumentKind.SMU, JsonObjects.empty(), null, null);
        lab.handle(recipe, lab.pi);
        assertThat(codeOf(lab.handle(
                        new ApproveRecipe(lab.meta(lab.pi), recipe.recipeId(), Ids.newId(), null, 1L), lab.pi)))
                .isEqualTo(RejectionCode.SELF_APPROVAL);
    }

    @Test
    void aNewVersionOfARecipeIsADraftWithTheNextVersionNumber() {
        var nextVersion = new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "IV sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("step_v", 0.05),
                lab.approvedIvSweep.id(),
                null);
        assertThat(lab.handle(nextVersion, lab.engineer)).isInstanceOf(Applied.class);
        Recipe created = lab.state.recipe(nextVersion.recipeId()).orElseThrow();
        assertThat(created.version()).isEqualTo(2);
        assertThat(created.status()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void aNewVersionMustKeepTheInstrumentKind() {
        var wrongKind = new CreateRecipe(
                lab.meta(lab.engineer),
                Ids.newId(),
                "IV sweep",
                InstrumentKind.XRD,
                JsonObjects.empty(),
                lab.approvedIvSweep.id(),
                null);
        assertThat(codeOf(lab.handle(wrongKind, lab.engineer))).isEqualTo(RejectionCode.INSTRUMENT_KIND_MISMATCH);
    }

    @Test
    void aRunCannotStartFromADraftRecipe() {
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.draftIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        assertThat(lab.handle(start, lab.technician))
                .isEqualTo(new Rejected(
                        RejectionCode.RECIPE_NOT_APPROVED,
                        "Recipe IV sweep fine v1 is a draft; only approved recipes can be run"));
    }

    @Test
    void aRunCannotStartFromARetiredRecipe() {
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.retiredIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        assertThat(codeOf(lab.handle(start, lab.technician))).isEqualTo(RejectionCode.RECIPE_NOT_APPROVED);
    }

    @Test
    void aRunCannotStartOnAnInstrumentOfAnotherKindThanTheRecipes() {
        var secondXrd = lab.instrument("XRD-02", InstrumentKind.XRD);
        lab.state.put(
                secondXrd,
                lab.calibration(secondXrd, "CERT-X2", Lab.NOW.minusSeconds(3600), Lab.NOW.plusSeconds(86_400 * 100L)));
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedIvSweep.id(), secondXrd.id(), lab.sample.id(), null);
        assertThat(lab.handle(start, lab.technician))
                .isEqualTo(new Rejected(
                        RejectionCode.INSTRUMENT_KIND_MISMATCH,
                        "Recipe IV sweep v1 is for a source-measure unit, but XRD-02 is an X-ray diffractometer"));
    }

    @Test
    void editingADraftWhoseParametersSomeoneElseChangedIsAConflict() {
        var first = new EditRecipeDraft(
                lab.meta(lab.engineer),
                lab.draftIvSweep.id(),
                null,
                new FieldChange<>(
                        lab.draftIvSweep.parameters(), JsonObjects.empty().put("step_v", 0.01)),
                null);
        var second = new EditRecipeDraft(
                lab.meta(lab.pi),
                lab.draftIvSweep.id(),
                null,
                new FieldChange<>(
                        lab.draftIvSweep.parameters(), JsonObjects.empty().put("step_v", 0.02)),
                null);
        assertThat(lab.handle(first, lab.engineer)).isInstanceOf(Applied.class);
        Outcome outcome = lab.handle(second, lab.pi);
        assertThat(outcome).isInstanceOf(Conflict.class);
        assertThat(lab.state
                        .recipe(lab.draftIvSweep.id())
                        .orElseThrow()
                        .parameters()
                        .get("step_v")
                        .asDouble())
                .isEqualTo(0.01);
    }

    private Outcome renameDraft(Actor editor, String newName) {
        Recipe current = lab.state.recipe(lab.draftIvSweep.id()).orElseThrow();
        return lab.handle(
                new EditRecipeDraft(
                        lab.meta(editor), current.id(), new FieldChange<>(current.name(), newName), null, null),
                editor);
    }

    private Outcome approveDraft(Actor approver, Long seenRowVersion) {
        return lab.handle(
                new ApproveRecipe(lab.meta(approver), lab.draftIvSweep.id(), Ids.newId(), null, seenRowVersion),
                approver);
    }

    @Test
    void editingADraftKeepsEveryEditorOnceInTheOrderOfTheirFirstEdit() {
        renameDraft(lab.pi, "IV sweep, fine");
        renameDraft(lab.engineer, "IV sweep, finer");
        renameDraft(lab.pi, "IV sweep, finest");

        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().editorIds())
                .containsExactly(lab.pi.userId(), lab.engineer.userId());
    }

    @Test
    void aPiWhoEditedAnEngineersDraftCannotApproveIt() {
        renameDraft(lab.pi, "IV sweep, fine steps");
        long seen = lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().rowVersion();

        assertThat(approveDraft(lab.pi, seen))
                .isEqualTo(new Rejected(
                        RejectionCode.EDITOR_APPROVAL,
                        "You edited recipe IV sweep, fine steps v1; another PI or admin has to approve it"));
        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().status())
                .isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void anApprovalOfAVersionThatChangedSinceIsAConflictAndApprovesNothing() {
        long seen = lab.draftIvSweep.rowVersion();
        renameDraft(lab.engineer, "IV sweep, fine steps");
        Recipe changed = lab.state.recipe(lab.draftIvSweep.id()).orElseThrow();

        assertThat(approveDraft(lab.pi, seen))
                .isEqualTo(new Conflict(
                        "Recipe IV sweep, fine steps v1 was changed after you opened it; look at the current version"
                                + " before you approve it",
                        changed));
        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow()).isEqualTo(changed);
        assertThat(lab.state.all(RecipeApproval.class)).isEmpty();
    }

    @Test
    void anApprovalThatDoesNotNameTheVersionLookedAtIsRefused() {
        assertThat(codeOf(approveDraft(lab.pi, null))).isEqualTo(RejectionCode.INVALID_INPUT);
        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().status())
                .isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void retiringAVersionOtherThanTheOneLookedAtIsAConflict() {
        long seenAsDraft = lab.draftIvSweep.rowVersion();
        assertThat(approveDraft(lab.admin, seenAsDraft)).isInstanceOf(Applied.class);

        Outcome retire = lab.handle(
                new RetireRecipe(lab.meta(lab.pi), lab.draftIvSweep.id(), Ids.newId(), "superseded", seenAsDraft),
                lab.pi);

        assertThat(retire).isInstanceOf(Conflict.class);
        assertThat(lab.state.recipe(lab.draftIvSweep.id()).orElseThrow().status())
                .isEqualTo(ApprovalStatus.APPROVED);
    }
}
