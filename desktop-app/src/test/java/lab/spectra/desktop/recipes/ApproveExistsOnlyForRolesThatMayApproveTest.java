package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;

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

class ApproveExistsOnlyForRolesThatMayApproveTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("approve-ui");
    private static final UUID APPROVED = TESTBED.lab.approvedRecipe(ORG, "IV sweep", InstrumentKind.SMU);
    private static final UUID DRAFT = draft();

    private UiBench bench;

    private static UUID draft() {
        var create = new CreateRecipe(
                TESTBED.lab.meta(ORG.engineer()),
                Ids.newId(),
                "Ellipsometry map",
                InstrumentKind.ELLIPSOMETER,
                JsonObjects.empty().put("angle_deg", 70),
                null,
                null);
        ServerLab.expectApplied(TESTBED.lab.run(create, ORG.engineer()));
        return create.recipeId();
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private void showRecipesAs(FxRobot robot, String who) {
        bench = window.signIn(ORG, who);
        window.show(() -> Views.load(new RecipesController(bench.screens.recipes())));
    }

    @Test
    @Timeout(60)
    void aTechnicianSeesOnlyApprovedRecipesAndNoApproveOrRetire(FxRobot robot) {
        showRecipesAs(robot, "tech");

        TableView<Recipe> table = robot.lookup("#recipes-table").queryTableView();
        assertThat(table.getItems()).extracting(Recipe::id).containsExactly(APPROVED);
        assertThat(robot.lookup("#approve-recipe").tryQuery()).isEmpty();
        assertThat(robot.lookup("#retire-recipe").tryQuery()).isEmpty();
    }

    @Test
    @Timeout(60)
    void aPiApprovesADraftAndTheApprovalReachesTheServer(FxRobot robot) throws Exception {
        showRecipesAs(robot, "pi");
        TableView<Recipe> table = robot.lookup("#recipes-table").queryTableView();
        int draftRow = table.getItems().stream().map(Recipe::id).toList().indexOf(DRAFT);
        robot.interact(() -> table.getSelectionModel().select(draftRow));

        robot.clickOn("#decision-comment").write("Looks right");
        robot.clickOn("#approve-recipe");
        bench.workstation.sync().syncNow();

        assertThat(robot.lookup("#approve-recipe").tryQuery()).isPresent();
        assertThat(bench.workstation.sync().status().pending()).isZero();
        String onServer = TESTBED.lab.database.inTenant(ORG.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT status FROM recipes WHERE id = ?")) {
                select.setObject(1, DRAFT);
                try (var row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        assertThat(onServer).isEqualTo("approved");
    }
}
