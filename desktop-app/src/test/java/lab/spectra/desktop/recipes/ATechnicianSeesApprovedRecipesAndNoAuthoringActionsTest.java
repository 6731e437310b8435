package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Technicians run approved recipes and write none: the authoring actions are not there at all. */
class ATechnicianSeesApprovedRecipesAndNoAuthoringActionsTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();

    private final ServerLab.Org org = TESTBED.newOrganization("tech-recipes-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1280, 800);

    @Test
    @Timeout(60)
    void onlyApprovedRecipesAreListedAndNoActionIsOffered(FxRobot robot) {
        UUID approved = TESTBED.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        CreateRecipe draft = new CreateRecipe(
                TESTBED.lab.meta(org.engineer()),
                Ids.newId(),
                "Hall at 77 K",
                InstrumentKind.HALL,
                JsonObjects.empty().put("temperature_k", 77),
                null,
                null);
        ServerLab.expectApplied(TESTBED.lab.run(draft, org.engineer()));
        UiBench bench = window.signIn(org, "tech");

        window.show(() -> Views.load(new RecipesController(bench.screens.recipes())));
        TableView<Recipe> table = robot.lookup("#recipes-table").queryTableView();
        FxWindow.awaitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));

        assertThat(table.getItems()).extracting(Recipe::id).containsExactly(approved);
        for (String action : new String[] {
            "#new-recipe",
            "#edit-draft",
            "#submit-recipe",
            "#new-version",
            "#approve-recipe",
            "#reject-recipe",
            "#retire-recipe",
            "#decision-comment"
        }) {
            assertThat(robot.lookup(action).tryQuery()).as(action).isEmpty();
        }
        assertThat(robot.lookup("#recipe-parameters").queryTableView().getItems())
                .extracting("label", "value", "unit")
                .containsExactly(tuple("Start voltage", "-1", "V"));
    }
}
