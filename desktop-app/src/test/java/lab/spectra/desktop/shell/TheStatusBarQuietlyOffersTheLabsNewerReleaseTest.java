package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Button;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.update.ThisRelease;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.protocol.BenchVersion;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.server.SyncServer;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 22: a lab that announces a bench release newer than this bench (SPECTRA_LATEST_BENCH_VERSION)
 * finds it offered in the status bar of the main window, with where its installer is, and nothing
 * more; a lab announcing the release the bench already is finds nothing offered.
 */
class TheStatusBarQuietlyOffersTheLabsNewerReleaseTest {

    private static final String INSTALLER = "https://lab.example/spectra/installers/";

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final BenchVersion thisBench =
            ThisRelease.read().orElseThrow(() -> new AssertionError("the build wrote no release for the bench"));

    @Test
    @Timeout(120)
    void aNewerReleaseIsOfferedWithWhereItsInstallerIs(FxRobot robot) {
        String newer = (thisBench.numbers().get(0) + 1) + ".0.0";
        UiBench bench = signedInAtALabAnnouncing(newer);
        window.show(() -> bench.screens.mainWindow(bench.main()));

        Button update = robot.lookup("#status-update").queryButton();
        assertThat(update.isVisible()).as("the offer in the status bar").isTrue();
        assertThat(update.getText()).isEqualTo("Update available: " + newer);
        assertThat(update.getTooltip().getText()).contains(INSTALLER);
        assertThat(robot.lookup(".dialog-pane").tryQuery())
                .as("a dialog in the way")
                .isEmpty();
    }

    @Test
    @Timeout(120)
    void theReleaseThisBenchAlreadyIsIsNotOffered(FxRobot robot) {
        UiBench bench = signedInAtALabAnnouncing(thisBench.toString());
        window.show(() -> bench.screens.mainWindow(bench.main()));

        Button update = robot.lookup("#status-update").queryButton();
        assertThat(update.isVisible()).as("an offer in the status bar").isFalse();
        assertThat(update.getText()).isEmpty();
    }

    /** A lab of its own announcing {@code latest}; its technician signed in and synced on a fresh bench. */
    private UiBench signedInAtALabAnnouncing(String latest) {
        PostgresTestDatabase database = window.closeAfterTest(PostgresTestDatabase.createMigrated());
        SyncServer server = window.closeAfterTest(SyncServer.start(DemoServer.config(database, false).toBuilder()
                .benchReleases(new ServerConfig.BenchReleases(
                        SyncProtocol.UNVERSIONED, Optional.of(latest), Optional.of(INSTALLER)))
                .build()));
        ServerLab.Org org = new ServerLab(database)
                .createOrganization(
                        "release-" + UUID.randomUUID().toString().substring(0, 8),
                        new PasswordHasher().hash(SyncTestbed.PASSWORD.toCharArray()));
        Workstation workstation = Workstation.open(SyncTestbed.newDataDirectory(), server.baseUri());
        ServerSession tech = workstation.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        assertThat(workstation.sync().syncNow().failure()).isNull();
        return window.closeAfterTest(UiBench.of(
                workstation,
                new CurrentUser(
                        tech.userId(),
                        tech.email(),
                        tech.displayName(),
                        tech.role(),
                        org.organization().name(),
                        true)));
    }
}
