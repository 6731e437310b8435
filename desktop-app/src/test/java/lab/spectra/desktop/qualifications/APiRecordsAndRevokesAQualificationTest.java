package lab.spectra.desktop.qualifications;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.sop.Sop;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The Qualifications screen lists everyone's qualifications with their state; a PI records one
 * for a technician and revokes it again, and the list follows.
 */
class APiRecordsAndRevokesAQualificationTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("qualify");

    /** The test lab qualifies four people on every kind of instrument. */
    private static final int QUALIFIED = 4 * InstrumentKind.values().length;

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 700);

    @Test
    @Timeout(60)
    void aRecordedQualificationIsListedAsValidAndThenAsRevoked(FxRobot robot) {
        testbed.lab.approvedSop(org, "Ellipsometry");
        UiBench bench = window.signIn(org, "pi");
        window.show(() -> Views.load(new QualificationsController(bench.screens.qualifications())));
        TableView<QualificationRow> table =
                robot.lookup("#qualifications-table").queryTableView();
        FxWindow.awaitUntil(() -> table.getItems().size() == QUALIFIED);

        ComboBox<UserAccount> person = robot.lookup("#qualification-person").queryComboBox();
        ComboBox<InstrumentKind> kind = robot.lookup("#qualification-kind").queryComboBox();
        ComboBox<Sop> sop = robot.lookup("#qualification-sop").queryComboBox();
        robot.interact(() -> {
            person.setValue(person.getItems().stream()
                    .filter(account -> account.id().equals(org.technician().userId()))
                    .findFirst()
                    .orElseThrow());
            kind.setValue(InstrumentKind.ELLIPSOMETER);
            sop.setValue(sop.getItems().stream()
                    .filter(found -> found.title().equals("Ellipsometry"))
                    .findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#qualification-recipe").write("Film thickness");
        robot.clickOn("#record-qualification");

        FxWindow.awaitUntil(() -> table.getItems().size() == QUALIFIED + 1);
        QualificationRow recorded = table.getItems().stream()
                .filter(row -> "Film thickness".equals(row.qualification().recipeName()))
                .findFirst()
                .orElseThrow();
        assertThat(recorded.person()).isEqualTo(org.technician().displayName());
        assertThat(recorded.qualification().scope()).isEqualTo("Film thickness on an ellipsometer");
        assertThat(recorded.sop()).isEqualTo("SOP Ellipsometry v1");
        assertThat(recorded.state()).isEqualTo("valid");
        assertThat(robot.lookup("#qualifications-message").queryAs(Label.class).getText())
                .startsWith("Recorded the qualification of " + org.technician().displayName());

        robot.interact(() -> table.getSelectionModel().select(recorded));
        robot.clickOn("#qualification-revocation-reason").write("Retraining due");
        robot.clickOn("#revoke-qualification");

        FxWindow.awaitUntil(() -> table.getItems().stream()
                .anyMatch(row ->
                        row.qualification().id().equals(recorded.qualification().id()) && row.revoked()));
        assertThat(table.getItems().stream()
                        .filter(row -> row.qualification()
                                .id()
                                .equals(recorded.qualification().id()))
                        .findFirst()
                        .orElseThrow()
                        .state())
                .startsWith("revoked on ")
                .endsWith("(Retraining due)");
    }

    @Test
    @Timeout(60)
    void aTechnicianSeesTheListButNoFormsToChangeIt(FxRobot robot) {
        UiBench bench = window.signIn(org, "tech");
        window.show(() -> Views.load(new QualificationsController(bench.screens.qualifications())));
        TableView<QualificationRow> table =
                robot.lookup("#qualifications-table").queryTableView();

        FxWindow.awaitUntil(() -> table.getItems().size() == QUALIFIED);
        assertThat(robot.lookup("#record-qualification").tryQuery()).isEmpty();
        assertThat(robot.lookup("#revoke-qualification").tryQuery()).isEmpty();
    }
}
