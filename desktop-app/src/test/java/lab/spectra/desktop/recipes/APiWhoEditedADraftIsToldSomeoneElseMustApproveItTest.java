package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * The four-eyes rule on the bench, before anything is sent: a PI who edited an engineer's draft
 * clicks Approve and reads why someone else has to, and nothing waits to be sent.
 */
class APiWhoEditedADraftIsToldSomeoneElseMustApproveItTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();

    private final ServerLab.Org org = TESTBED.newOrganization("four-eyes-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    @Test
    @Timeout(60)
    void approvingADraftThePiEditedIsRefusedInWords(FxRobot robot) {
        CreateRecipe create = new CreateRecipe(
                TESTBED.lab.meta(org.engineer()),
                Ids.newId(),
                "Ellipsometry map",
                InstrumentKind.ELLIPSOMETER,
                JsonObjects.empty().put("angle_deg", 70),
                null,
                null);
        ServerLab.expectApplied(TESTBED.lab.run(create, org.engineer()));
        ServerLab.expectApplied(TESTBED.lab.run(
                new EditRecipeDraft(
                        TESTBED.lab.meta(org.pi()),
                        create.recipeId(),
                        new FieldChange<>("Ellipsometry map", "Ellipsometry map, 5 mm grid"),
                        null,
                        null),
                org.pi()));
        bench = window.signIn(org, "pi");
        window.show(() -> Views.load(new RecipesController(bench.screens.recipes())));
        select(robot, create.recipeId());

        robot.clickOn("#approve-recipe");

        assertThat(robot.lookup("#recipes-message").queryAs(Label.class).getText())
                .isEqualTo("You edited recipe Ellipsometry map, 5 mm grid v1; another PI or admin has to approve it");
        assertThat(bench.workstation.sync().status().pending()).isZero();
    }

    private static void select(FxRobot robot, UUID recipe) {
        TableView<Recipe> table = robot.lookup("#recipes-table").queryTableView();
        int row = table.getItems().stream().map(Recipe::id).toList().indexOf(recipe);
        assertThat(row).isNotNegative();
        robot.interact(() -> table.getSelectionModel().select(row));
    }
}
