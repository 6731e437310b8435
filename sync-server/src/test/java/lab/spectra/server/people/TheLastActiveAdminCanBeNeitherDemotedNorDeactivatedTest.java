package lab.spectra.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lab keeps at least one active admin, or nobody could manage its people again: the last one is
 * neither demoted nor deactivated, and two admins removing each other at the same moment leave
 * one of them in place.
 */
class TheLastActiveAdminCanBeNeitherDemotedNorDeactivatedTest {

    private PeopleDesk desk;

    @BeforeEach
    void lab() {
        desk = new PeopleDesk("keepers");
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    private List<String> activeAdmins() throws SQLException {
        return desk.column(
                "SELECT email FROM users WHERE organization_id = ? AND role = 'admin' AND active", desk.lab.id());
    }

    @Test
    void theOnlyAdminCannotDemoteOrDeactivateThemselves() throws SQLException {
        String token = desk.adminToken();

        Http.Response demoted = desk.changeRole(token, desk.admin.id(), "pi");
        Http.Response deactivated = desk.deactivate(token, desk.admin.id(), "leaving");

        for (Http.Response refused : List.of(demoted, deactivated)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("last_active_admin");
            assertThat(refused.message()).contains("last active admin");
        }
        assertThat(activeAdmins()).containsExactly(desk.admin.email());
        assertThat(desk.auditedActions(desk.admin.id())).doesNotContain("ChangeUserRole", "DeactivateUser");
    }

    @Test
    void aDeactivatedAdminDoesNotCountAsTheOneWhoRemains() {
        UserAccount other = desk.account("other@keepers.test", Role.ADMIN);
        String token = desk.adminToken();
        assertThat(desk.deactivate(token, other.id(), "left").status()).isEqualTo(200);

        assertThat(desk.changeRole(token, desk.admin.id(), "engineer").code()).isEqualTo("last_active_admin");
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        UserAccount other = desk.account("other@keepers.test", Role.ADMIN);
        String first = desk.adminToken();
        String second = desk.token(other.email(), PeopleDesk.PASSWORD);

        List<Http.Response> answers = atOnce(
                () -> desk.changeRole(first, other.id(), "pi"), () -> desk.changeRole(second, desk.admin.id(), "pi"));

        // The loser is refused by the guard, or (had the winner committed first) as a non-admin.
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers)
                .filteredOn(answer -> answer.status() != 200)
                .allSatisfy(answer -> assertThat(answer.status()).isIn(403, 409));
        assertThat(activeAdmins()).hasSize(1);
    }

    @Test
    void twoAdminsDeactivatingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        UserAccount other = desk.account("other@keepers.test", Role.ADMIN);
        String first = desk.adminToken();
        String second = desk.token(other.email(), PeopleDesk.PASSWORD);

        List<Http.Response> answers = atOnce(
                () -> desk.deactivate(first, other.id(), "mistake"),
                () -> desk.deactivate(second, desk.admin.id(), "mistake"));

        // The loser is refused by the guard, or (had the winner committed first) as a non-admin.
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers)
                .filteredOn(answer -> answer.status() != 200)
                .allSatisfy(answer -> assertThat(answer.status()).isIn(403, 409));
        assertThat(activeAdmins()).hasSize(1);
    }

    private static List<Http.Response> atOnce(Supplier<Http.Response> one, Supplier<Http.Response> other) {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Http.Response> a = CompletableFuture.supplyAsync(() -> afterLatch(start, one));
        CompletableFuture<Http.Response> b = CompletableFuture.supplyAsync(() -> afterLatch(start, other));
        start.countDown();
        return List.of(a.join(), b.join());
    }

    private static Http.Response afterLatch(CountDownLatch start, Supplier<Http.Response> request) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return request.get();
    }
}
