package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.TableView;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Approve sends the version on screen: if the engineer changed the draft on the server after the
 * PI's bench last synced, the approval comes back as a conflict and the draft stays a draft.
 */
class AnApprovalOnTheBenchIsOfTheVersionOnScreenTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();

    private final ServerLab.Org org = TESTBED.newOrganization("version-seen-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    @Test
    @Timeout(60)
    void aDraftChangedOnTheServerAfterItWasShownIsNotApproved(FxRobot robot) {
        CreateRecipe create = new CreateRecipe(
                TESTBED.lab.meta(org.engineer()),
                Ids.newId(),
                "Film thickness fit",
                InstrumentKind.ELLIPSOMETER,
                JsonObjects.empty().put("model", "Cauchy"),
                null,
                null);
        ServerLab.expectApplied(TESTBED.lab.run(create, org.engineer()));
        bench = window.signIn(org, "pi");
        window.show(() -> Views.load(new RecipesController(bench.screens.recipes())));
        select(robot, create.recipeId());
        ServerLab.expectApplied(TESTBED.lab.run(
                new EditRecipeDraft(
                        TESTBED.lab.meta(org.engineer()),
                        create.recipeId(),
                        new FieldChange<>("Film thickness fit", "Film thickness fit, two layers"),
                        null,
                        null),
                org.engineer()));

        robot.clickOn("#approve-recipe");
        bench.workstation.sync().syncNow();

        assertThat(bench.workstation.problems().openFor(bench.session.user().userId()))
                .extracting(SyncProblem::message)
                .containsExactly("Recipe Film thickness fit, two layers v1 was changed after you opened it; look at"
                        + " the current version before you approve it");
        assertThat(statusOnServer(create.recipeId())).isEqualTo("draft");
    }

    private static void select(FxRobot robot, UUID recipe) {
        TableView<Recipe> table = robot.lookup("#recipes-table").queryTableView();
        int row = table.getItems().stream().map(Recipe::id).toList().indexOf(recipe);
        assertThat(row).isNotNegative();
        robot.interact(() -> table.getSelectionModel().select(row));
    }

    private String statusOnServer(UUID recipe) {
        return TESTBED.lab.database.inTenant(org.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT status FROM recipes WHERE id = ?")) {
                select.setObject(1, recipe);
                try (var row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }
}
