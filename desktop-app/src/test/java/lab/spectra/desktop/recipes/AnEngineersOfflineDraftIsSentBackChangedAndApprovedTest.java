package lab.spectra.desktop.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The whole authoring round on two benches: an engineer writes a recipe draft with the network
 * down and submits it; it syncs; the PI sends it back with a comment; the engineer reads the
 * comment on the draft, changes the step and submits again; the PI approves it, and the server
 * holds it approved.
 */
class AnEngineersOfflineDraftIsSentBackChangedAndApprovedTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final String NAME = "Diode forward sweep";
    private static final String COMMENT = "A 0.5 V step misses the knee; use 0.05 V";

    private final ServerLab.Org org = TESTBED.newOrganization("authoring-round-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1280, 800);

    @Test
    @Timeout(240)
    void theCommentReachesTheAuthorAndTheChangedDraftIsApproved(FxRobot robot) {
        FaultyProxy network = window.closeAfterTest(new FaultyProxy(TESTBED.serverUri()));
        UiBench engineer = window.signIn(org, "engineer", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);

        showRecipes(engineer);
        robot.clickOn("#new-recipe");
        type(robot, "#recipe-name", NAME);
        type(robot, "#parameter-start_v", "0");
        type(robot, "#parameter-stop_v", "1.2");
        type(robot, "#parameter-step_v", "0.5");
        type(robot, "#parameter-compliance_a", "0.01");
        robot.clickOn("#save-recipe");
        FxWindow.awaitUntil(() -> text(robot, "#recipes-message").startsWith("Drafted " + NAME));
        robot.clickOn("#submit-recipe");
        FxWindow.awaitUntil(() -> text(robot, "#recipes-message").startsWith("Submitted " + NAME + " v1"));
        assertThat(statusOnScreen(robot)).isEqualTo("awaiting approval");
        assertThat(engineer.workstation.sync().status().pending())
                .as("waiting for the network")
                .isEqualTo(2);

        network.mode(FaultyProxy.Mode.PASS);
        assertThat(engineer.workstation.sync().syncNow().failure()).isNull();
        assertThat(statusOnServer()).isEqualTo("draft");

        UiBench pi = window.closeAfterTest(UiBench.signIn(org, "pi"));
        showRecipes(pi);
        select(robot, NAME);
        assertThat(statusOnScreen(robot)).isEqualTo("awaiting approval");
        type(robot, "#decision-comment", COMMENT);
        robot.clickOn("#reject-recipe");
        FxWindow.awaitUntil(() -> text(robot, "#recipes-message").startsWith("Sent " + NAME + " v1 back"));
        assertThat(pi.workstation.sync().syncNow().failure()).isNull();

        assertThat(engineer.workstation.sync().syncNow().failure()).isNull();
        showRecipes(engineer);
        select(robot, NAME);
        assertThat(statusOnScreen(robot)).isEqualTo("rejected");
        assertThat(robot.lookup("#rejection-notice").queryAs(Label.class).isVisible())
                .isTrue();
        assertThat(text(robot, "#rejection-notice")).startsWith("Sent back by ").endsWith(": " + COMMENT);
        robot.clickOn("#edit-draft");
        robot.interact(
                () -> robot.lookup("#parameter-step_v").queryAs(TextField.class).setText("0.05"));
        robot.clickOn("#save-recipe");
        FxWindow.awaitUntil(() -> text(robot, "#recipes-message").startsWith("Saved the draft " + NAME));
        robot.clickOn("#submit-recipe");
        FxWindow.awaitUntil(() -> text(robot, "#recipes-message").startsWith("Submitted " + NAME + " v1"));
        assertThat(robot.lookup("#rejection-notice").queryAs(Label.class).isVisible())
                .as("a new submission clears the rejection")
                .isFalse();
        assertThat(engineer.workstation.sync().syncNow().failure()).isNull();

        assertThat(pi.workstation.sync().syncNow().failure()).isNull();
        showRecipes(pi);
        select(robot, NAME);
        assertThat(statusOnScreen(robot)).isEqualTo("awaiting approval");
        robot.clickOn("#approve-recipe");
        FxWindow.awaitUntil(() -> text(robot, "#recipes-message").startsWith("Approved " + NAME));
        assertThat(pi.workstation.sync().syncNow().failure()).isNull();

        assertThat(statusOnServer()).isEqualTo("approved");
        assertThat(decisionsOnServer()).isEqualTo("rejected,approved");
    }

    private void showRecipes(UiBench bench) {
        window.show(() -> Views.load(new RecipesController(bench.screens.recipes())));
    }

    private static void select(FxRobot robot, String name) {
        TableView<lab.spectra.model.recipe.Recipe> table =
                robot.lookup("#recipes-table").queryTableView();
        FxWindow.awaitUntil(
                () -> table.getItems().stream().anyMatch(recipe -> recipe.name().equals(name)));
        robot.interact(() -> table.getItems().stream()
                .filter(recipe -> recipe.name().equals(name))
                .findFirst()
                .ifPresent(recipe -> table.getSelectionModel().select(recipe)));
    }

    private static String statusOnScreen(FxRobot robot) {
        TableView<lab.spectra.model.recipe.Recipe> table =
                robot.lookup("#recipes-table").queryTableView();
        int row = table.getSelectionModel().getSelectedIndex();
        return String.valueOf(table.getColumns().get(3).getCellData(row));
    }

    /** Fills a field as typing would, in one step: a busy build machine types slowly. */
    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String statusOnServer() {
        return TESTBED.lab.database.inTenant(org.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT status FROM recipes WHERE name = ?")) {
                select.setString(1, NAME);
                try (var row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    private String decisionsOnServer() {
        return TESTBED.lab.database.inTenant(org.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT a.decision FROM recipe_approvals a"
                    + " JOIN recipes r ON r.id = a.recipe_id WHERE r.name = ? ORDER BY a.decided_at")) {
                select.setString(1, NAME);
                try (var rows = select.executeQuery()) {
                    StringBuilder decisions = new StringBuilder();
                    while (rows.next()) {
                        decisions.append(decisions.isEmpty() ? "" : ",").append(rows.getString(1));
                    }
                    return decisions.toString();
                }
            }
        });
    }
}
