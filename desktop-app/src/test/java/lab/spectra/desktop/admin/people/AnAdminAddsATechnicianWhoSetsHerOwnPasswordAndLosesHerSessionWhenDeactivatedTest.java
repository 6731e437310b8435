package lab.spectra.desktop.admin.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.PeopleClient;
import lab.spectra.desktop.login.LoginController;
import lab.spectra.desktop.login.LoginViewModel;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The whole life of an account from the People screen: the admin adds a technician and hands her
 * the temporary password shown once; at her bench she must choose her own password to get in;
 * when the admin deactivates her, her open session on that bench ends at its next sync.
 */
class AnAdminAddsATechnicianWhoSetsHerOwnPasswordAndLosesHerSessionWhenDeactivatedTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("people");
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
    private final String email = "nia@" + org.organization().slug() + ".test";

    @SuppressWarnings("unchecked")
    private static TableView<PeopleClient.Person> table(FxRobot robot) {
        return robot.lookup("#people-table").queryAs(TableView.class);
    }

    private static boolean lists(FxRobot robot, String name) {
        return table(robot).getItems().stream().anyMatch(person -> person.name().equals(name));
    }

    private void showPeople(UiBench admin) {
        window.show(() -> Views.load(new PeopleController(admin.screens.people())));
    }

    @Test
    @Timeout(120)
    void addedSignedInWithANewPasswordThenDeactivatedAndSignedOut(FxRobot robot) {
        UiBench admin = window.signIn(org, "admin");
        showPeople(admin);
        FxWindow.awaitUntil(() -> lists(robot, "tech of " + org.organization().slug()));

        robot.clickOn("#new-person-email").write(email);
        robot.clickOn("#new-person-name").write("Nia Newtech");
        robot.clickOn("#add-person");
        FxWindow.awaitUntil(() -> !robot.lookup("#temporary-password")
                .queryAs(TextField.class)
                .getText()
                .isEmpty());
        String temporary =
                robot.lookup("#temporary-password").queryAs(TextField.class).getText();
        assertThat(lists(robot, "Nia Newtech")).isTrue();

        Workstation bench = testbed.newWorkstation();
        AtomicReference<CurrentUser> signedIn = new AtomicReference<>();
        window.show(() -> Views.load(new LoginController(
                new LoginViewModel(new SignInService(bench, Duration.ofDays(7)), tasks, List.of(), signedIn::set))));
        robot.clickOn("#email").write(email);
        robot.clickOn("#password").write(temporary);
        robot.clickOn("#sign-in");
        FxWindow.awaitUntil(() -> robot.lookup("#new-password").query().isVisible());
        assertThat(robot.lookup("#password-change-notice").queryAs(Label.class).getText())
                .contains("choose a new password");
        assertThat(signedIn.get()).isNull();

        robot.clickOn("#new-password").write("nia-chooses-her-own-7");
        robot.clickOn("#repeated-password").write("nia-chooses-her-own-7");
        robot.clickOn("#sign-in");
        FxWindow.awaitUntil(() -> signedIn.get() != null);
        assertThat(signedIn.get().role()).isEqualTo(Role.TECHNICIAN);
        assertThat(signedIn.get().signedInOnline()).isTrue();

        UiBench nia = window.closeAfterTest(UiBench.of(bench, signedIn.get()));
        AtomicBoolean signedOut = new AtomicBoolean();
        AtomicReference<MainViewModel> niasWindow = new AtomicReference<>();
        window.show(() -> {
            niasWindow.set(nia.screens.main(() -> signedOut.set(true)));
            return nia.screens.mainWindow(niasWindow.get());
        });
        assertThat(robot.lookup("#nav-administration").tryQuery()).isEmpty();

        showPeople(admin);
        FxWindow.awaitUntil(() -> lists(robot, "Nia Newtech"));
        robot.clickOn("Nia Newtech");
        robot.clickOn("#deactivation-reason").write("left the lab");
        robot.clickOn("#deactivate-person");
        FxWindow.awaitUntil(() ->
                robot.lookup("#people-message").queryAs(Label.class).getText().contains("is deactivated"));

        nia.workstation.sync().syncNow();
        FxWindow.awaitUntil(signedOut::get);
        assertThat(bench.sessions().of(signedIn.get().userId())).isEmpty();

        window.show(() -> Views.load(new LoginController(
                new LoginViewModel(new SignInService(bench, Duration.ofDays(7)), tasks, List.of(), user -> {}))));
        FxWindow.awaitUntil(() ->
                robot.lookup("#login-error").queryAs(Label.class).getText().contains("deactivated"));
    }
}
