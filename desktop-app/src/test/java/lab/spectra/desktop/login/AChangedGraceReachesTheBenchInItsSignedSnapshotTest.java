package lab.spectra.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.testing.MutableClock;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin shortens the lab's offline sign-in grace: the bench learns it from the next signed
 * identity snapshot it fetches, and from then on offline sign-in follows it; until then, the grace
 * the server last signed still counts.
 */
class AChangedGraceReachesTheBenchInItsSignedSnapshotTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("grace");
    private final FaultyProxy network = new FaultyProxy(testbed.serverUri());
    private final MutableClock pcClock = new MutableClock(Instant.now());
    private final Workstation bench = testbed.newWorkstation(network.uri(), pcClock);
    private final String tech = SyncTestbed.email(org, "tech");

    @AfterEach
    void close() {
        bench.close();
        network.close();
    }

    private void adminSetsGraceDays(int days) {
        Http.Response login = testbed.server.http.post(
                "/auth/login",
                null,
                Map.of("username", SyncTestbed.email(org, "admin"), "password", SyncTestbed.PASSWORD));
        Http.Response changed = testbed.server.http.put(
                "/api/admin/settings",
                login.body().get("access_token").asText(),
                Map.of(
                        "offline_grace_days", days,
                        "offline_window_days", 7,
                        "calibration_warning_days", 7,
                        "qualification_warning_days", 30,
                        "attachment_limit_mb", 100,
                        "password_min_length", 12));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    private Workstation.OfflineSignIn threeDaysLaterOffline() {
        bench.signOut(bench.sessions().all().iterator().next().userId());
        network.mode(FaultyProxy.Mode.DOWN);
        pcClock.advance(Duration.ofDays(3));
        return bench.signInOffline(tech, SyncTestbed.PASSWORD.toCharArray(), Duration.ofDays(30));
    }

    @Test
    void afterTheNextSyncOfflineSignInFollowsTheShorterGrace() {
        bench.signIn(tech, SyncTestbed.PASSWORD);
        adminSetsGraceDays(2);

        bench.sync().syncNow();
        Workstation.OfflineSignIn answer = threeDaysLaterOffline();

        assertThat(answer).isInstanceOfSatisfying(Workstation.Refused.class, refused -> assertThat(refused.reason())
                .startsWith("Offline sign-in has expired")
                .contains("2 days"));
    }

    @Test
    void untilTheBenchFetchesANewSnapshotTheGraceItWasSignedCounts() {
        bench.signIn(tech, SyncTestbed.PASSWORD);
        adminSetsGraceDays(2);

        Workstation.OfflineSignIn answer = threeDaysLaterOffline();

        assertThat(answer).isInstanceOf(Workstation.Unlocked.class);
    }
}
