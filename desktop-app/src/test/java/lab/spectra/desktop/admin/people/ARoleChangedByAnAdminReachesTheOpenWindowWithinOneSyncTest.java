package lab.spectra.desktop.admin.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A technician promoted to engineer while her window is open gets the engineer's window after
 * her bench's next sync, without signing in again.
 */
class ARoleChangedByAnAdminReachesTheOpenWindowWithinOneSyncTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final ServerLab.Org org = SyncTestbed.get().newOrganization("promotion");

    @Test
    @Timeout(60)
    void theWindowIsBuiltAgainForTheNewRole() {
        UiBench admin = window.signIn(org, "admin");
        UiBench tech = window.signIn(org, "tech");
        AtomicReference<CurrentUser> rebuiltFor = new AtomicReference<>();
        AtomicReference<MainViewModel> main = new AtomicReference<>();
        window.show(() -> {
            main.set(tech.screens.main(() -> {}, rebuiltFor::set));
            return tech.screens.mainWindow(main.get());
        });

        admin.workstation
                .people(org.admin().userId())
                .changeRole(org.technician().userId(), Role.ENGINEER);
        tech.workstation.sync().syncNow();

        FxWindow.awaitUntil(() -> rebuiltFor.get() != null);
        assertThat(rebuiltFor.get().role()).isEqualTo(Role.ENGINEER);
        assertThat(rebuiltFor.get().userId()).isEqualTo(org.technician().userId());
    }
}
