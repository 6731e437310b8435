package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.ZoneOffset;
import lab.spectra.desktop.recipes.editor.ParameterField;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the recipes screen writes local commands, as it does offline. */
class AnEngineerDraftsEditsAndVersionsRecipesOnTheBenchTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final LocalCommands commands = new LocalCommands(copy, lab.engineer, clock(), localData);
    private final RecipesViewModel model = screenOf(lab.engineer, commands);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void aNewRecipeIsDraftedWithItsTypedParametersAndTheSopItFollows() {
        model.newRecipe();
        RecipeDraftViewModel draft = model.draft();
        assertThat(draft.open().get()).isTrue();
        draft.name().set("Diode IV");
        draft.parameters().kind().set(InstrumentKind.SMU);
        type(draft, "start_v", "-2");
        type(draft, "stop_v", "2");
        type(draft, "step_v", "0.05");
        type(draft, "compliance_a", "0.001");
        assertThat(draft.sops()).extracting(choice -> choice.sop().id()).containsExactly(lab.approvedSop.id());
        draft.sops().get(0).chosen().set(true);

        model.saveDraft();

        assertThat(commands.sent()).singleElement().isInstanceOfSatisfying(CreateRecipe.class, create -> {
            assertThat(create.basedOnRecipeId()).isNull();
            assertThat(create.sopIds()).containsExactly(lab.approvedSop.id());
            assertThat(create.parameters().get("step_v").asDouble()).isEqualTo(0.05);
        });
        assertThat(draft.open().get()).isFalse();
        Recipe drafted = model.selected().get();
        assertThat(drafted.name()).isEqualTo("Diode IV");
        assertThat(model.statusOf(drafted)).isEqualTo("draft");
        assertThat(model.authorOf(drafted)).isEqualTo("Eli Engineer");
        assertThat(model.linkedSops()).containsExactly("SOP IV characterization v1");
        assertThat(model.parameterRows())
                .extracting(ParameterRow::label, ParameterRow::value, ParameterRow::unit)
                .startsWith(tuple("Start voltage", "-2", "V"), tuple("Stop voltage", "2", "V"));
        assertThat(model.message().get()).isEqualTo("Drafted Diode IV; it is sent to the server with the next sync");
    }

    @Test
    void aParameterOutOfRangeIsNotSavedAndTheReasonIsShown() {
        model.newRecipe();
        model.draft().name().set("Too coarse");
        type(model.draft(), "step_v", "500");

        model.saveDraft();

        assertThat(commands.sent()).isEmpty();
        assertThat(model.draft().open().get()).isTrue();
        assertThat(model.draft().message().get()).startsWith("Correct the parameters first: Step (V) must be from");
    }

    @Test
    void editingADraftSendsOnlyTheParametersThatChanged() {
        model.selected().set(lab.draftIvSweep);
        model.editDraft();
        assertThat(model.draft().parameters().kind().get()).isEqualTo(InstrumentKind.SMU);
        assertThat(model.draft().kindFixed().get()).isTrue();
        type(model.draft(), "stop_v", "3");

        model.saveDraft();

        assertThat(commands.sent()).singleElement().isInstanceOfSatisfying(EditRecipeDraft.class, edit -> {
            assertThat(edit.name()).isNull();
            assertThat(edit.sopIds()).isNull();
            assertThat(edit.parameters().to().get("stop_v").asInt()).isEqualTo(3);
        });
        assertThat(model.selected().get().parameters().get("stop_v").asInt()).isEqualTo(3);
    }

    @Test
    void aNewVersionOfAnApprovedRecipeIsTheNextInItsLineageAndItsHistoryShowsTheChange() {
        model.selected().set(lab.approvedIvSweep);
        assertThat(model.versionable().get()).isTrue();
        model.newVersion();
        type(model.draft(), "stop_v", "5");

        model.saveDraft();

        assertThat(commands.sent()).singleElement().isInstanceOfSatisfying(CreateRecipe.class, create -> assertThat(
                        create.basedOnRecipeId())
                .isEqualTo(lab.approvedIvSweep.id()));
        Recipe next = model.selected().get();
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.lineageId()).isEqualTo(lab.approvedIvSweep.id());
        assertThat(next.status()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(model.history())
                .containsExactly(
                        "IV sweep v1 (approved), written by Eli Engineer",
                        "IV sweep v2 (draft), written by Eli Engineer",
                        "    Stop voltage (V): 1.0 → 5");
    }

    @Test
    void aTechnicianHasNoAuthoringAndStartsNoEditor() {
        RecipesViewModel technicians =
                screenOf(lab.technician, new LocalCommands(copy, lab.technician, clock(), localData));

        technicians.newRecipe();

        assertThat(technicians.mayAuthor()).isFalse();
        assertThat(technicians.draft().open().get()).isFalse();
        assertThat(technicians.recipes())
                .allSatisfy(recipe -> assertThat(recipe.status()).isEqualTo(ApprovalStatus.APPROVED));
    }

    private static void type(RecipeDraftViewModel draft, String key, String text) {
        ParameterField field = draft.parameters().fields().stream()
                .filter(candidate -> candidate.spec().key().equals(key))
                .findFirst()
                .orElseThrow();
        field.text().set(text);
    }

    private RecipesViewModel screenOf(Actor person, LocalCommands sender) {
        return new RecipesViewModel(
                new RecipeQueries(copy), sender, LabPeople.signedIn(person), new CurrentThreadTaskRunner(), localData);
    }

    private static Clock clock() {
        return Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    }
}
