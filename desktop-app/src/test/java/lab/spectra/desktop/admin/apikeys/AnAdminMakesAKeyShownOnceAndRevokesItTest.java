package lab.spectra.desktop.admin.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.auth.AdminClient;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Administration > API keys: the admin makes a key for one instrument's results and raw files,
 * sees it once with a warning, copies it, and it is gone from the screen after Done; the list
 * shows its prefix and scopes; revoking asks first, and the server refuses the key from then on.
 */
class AnAdminMakesAKeyShownOnceAndRevokesItTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("api-keys-ui");
    private final UUID keithley = testbed.lab.instrumentWithValidCalibration(org, "Keithley-2", InstrumentKind.SMU);

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(90)
    void theKeyIsShownOnceListedByItsPrefixAndRevokedAfterConfirmation(FxRobot robot) {
        UiBench admin = window.signIn(org, "admin");
        window.show(() -> Views.load(new ApiKeysController(admin.screens.apiKeys())));
        TableView<AdminClient.LabApiKey> table = robot.lookup("#api-keys-table").queryTableView();
        ComboBox<Instrument> instruments = robot.lookup("#api-key-instrument").queryComboBox();
        FxWindow.awaitUntil(() -> !instruments.getItems().isEmpty());

        robot.clickOn("#api-key-name").write("Keithley-2 export");
        robot.clickOn("#scope-results-write");
        robot.interact(() -> instruments
                .getSelectionModel()
                .select(instruments.getItems().stream()
                        .filter(instrument -> instrument.id().equals(keithley))
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn("#scope-attachments-write");
        robot.clickOn("#create-api-key");

        TextField shown = robot.lookup("#api-key-created").queryAs(TextField.class);
        FxWindow.awaitUntil(() -> !shown.getText().isEmpty() && table.getItems().size() == 1);
        String key = shown.getText();
        assertThat(key).matches("spk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(robot.lookup("#api-key-shown-once").queryAs(VBox.class).isVisible())
                .isTrue();
        assertThat(robot.lookup("#api-key-shown-once").queryAs(VBox.class).lookupAll(".warning"))
                .singleElement()
                .satisfies(warning -> assertThat(((Label) warning).getText()).contains("shown this once"));
        AdminClient.LabApiKey listed = table.getItems().get(0);
        assertThat(key).startsWith(listed.prefix());
        assertThat(listed.scopes()).containsExactly("results:write:" + keithley, "attachments:write");
        assertThat(admin.screens.apiKeys().scopesOf(listed)).contains("Keithley-2");
        assertThat(testbed.server.http.get("/api/analysis/runs", key).code())
                .as("a live key, without runs:read")
                .isEqualTo("missing_scope");

        robot.clickOn("#copy-api-key");
        robot.clickOn("#dismiss-api-key");
        assertThat(shown.getText()).isEmpty();
        assertThat(robot.lookup("#api-key-shown-once").queryAs(VBox.class).isVisible())
                .isFalse();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#revoke-api-key");
        assertThat(robot.lookup("#api-key-revoke-confirmation")
                        .queryAs(javafx.scene.layout.HBox.class)
                        .isVisible())
                .isTrue();
        robot.clickOn("#confirm-revoke-api-key");

        FxWindow.awaitUntil(
                () -> !table.getItems().isEmpty() && table.getItems().get(0).revoked());
        assertThat(robot.lookup("#api-keys-message").queryAs(Label.class).getText())
                .contains("Keithley-2 export is revoked");
        assertThat(testbed.server.http.get("/api/analysis/runs", key).status()).isEqualTo(401);
    }
}
