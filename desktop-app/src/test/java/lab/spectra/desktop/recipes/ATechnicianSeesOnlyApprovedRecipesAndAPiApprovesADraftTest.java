package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the recipes screen's view model over an H2 file of a small lab. */
class ATechnicianSeesOnlyApprovedRecipesAndAPiApprovesADraftTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void aTechnicianIsShownTheApprovedRecipesOnly() {
        RecipesViewModel model = screenOf(lab.technician, new LocalCommands(copy, lab.technician, clock(), localData));

        assertThat(model.recipes()).extracting(Recipe::name).containsExactly("IV sweep", "Theta-2theta scan");
        assertThat(model.mayApprove()).isFalse();
    }

    @Test
    void aPiApprovesTheSelectedDraftAndSeesItApproved() {
        LocalCommands commands = new LocalCommands(copy, lab.pi, clock(), localData);
        RecipesViewModel model = screenOf(lab.pi, commands);
        assertThat(model.recipes())
                .extracting(Recipe::name)
                .containsExactly("IV sweep", "IV sweep fine", "IV sweep legacy", "Theta-2theta scan");

        model.selected().set(lab.draftIvSweep);
        assertThat(model.approvable().get()).isTrue();
        model.comment().set("Checked the sweep limits");
        model.approve();

        assertThat(commands.sent()).singleElement().isInstanceOf(ApproveRecipe.class);
        assertThat(model.message().get())
                .isEqualTo("Approved IV sweep fine; it is sent to the server with the next sync");
        assertThat(model.selected().get().status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(model.comment().get()).isEmpty();
    }

    private RecipesViewModel screenOf(Actor person, LocalCommands commands) {
        return new RecipesViewModel(
                new RecipeQueries(copy),
                commands,
                LabPeople.signedIn(person),
                new CurrentThreadTaskRunner(),
                localData);
    }

    private static Clock clock() {
        return Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    }
}
