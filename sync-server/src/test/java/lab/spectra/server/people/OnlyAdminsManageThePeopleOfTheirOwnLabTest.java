package lab.spectra.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people endpoints answer admins only (403 for every other role), list with filters, and treat
 * another lab's people as unknown (404), changing nothing there.
 */
class OnlyAdminsManageThePeopleOfTheirOwnLabTest {

    private static PeopleDesk desk;
    private static UserAccount pi;
    private static UserAccount tech;
    private static UserAccount stranger;

    @BeforeAll
    static void twoLabs() {
        desk = new PeopleDesk("ownlab");
        pi = desk.account("pi@ownlab.test", Role.PI);
        tech = desk.account("tech@ownlab.test", Role.TECHNICIAN);
        Organization other = desk.server.organization("otherlab");
        stranger = desk.server.account(other, "tech@otherlab.test", PeopleDesk.PASSWORD, Role.TECHNICIAN);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void everyOtherRoleIsRefusedEveryPeopleRoute() {
        for (Role role : List.of(Role.PI, Role.ENGINEER, Role.TECHNICIAN, Role.VIEWER)) {
            UserAccount person = desk.account(role.wireName() + "-asks@ownlab.test", role);
            String token = desk.token(person.email(), PeopleDesk.PASSWORD);
            List<Http.Response> answers = List.of(
                    desk.http().get("/api/admin/people", token),
                    desk.http().get("/api/admin/people/" + tech.id(), token),
                    desk.add(token, "new-" + role.wireName() + "@ownlab.test", "New", "viewer"),
                    desk.changeRole(token, tech.id(), "admin"),
                    desk.deactivate(token, tech.id(), "because"),
                    desk.http().post("/api/admin/people/" + tech.id() + "/reactivate", token, Map.of()),
                    desk.http().post("/api/admin/people/" + tech.id() + "/reset-password", token, Map.of()));
            assertThat(answers).as(role.wireName()).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(403);
                assertThat(answer.code()).isEqualTo("not_permitted");
            });
        }
        assertThat(desk.server.login(tech.email(), PeopleDesk.PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void anotherLabsPersonIsNotFoundAndUntouched() {
        String admin = desk.adminToken();

        List<Http.Response> answers = List.of(
                desk.http().get("/api/admin/people/" + stranger.id(), admin),
                desk.changeRole(admin, stranger.id(), "viewer"),
                desk.deactivate(admin, stranger.id(), "not yours"),
                desk.http().post("/api/admin/people/" + stranger.id() + "/reset-password", admin, Map.of()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(404));
        assertThat(desk.server.login(stranger.email(), PeopleDesk.PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void theListIsFilteredByRoleAndByActivity() {
        String admin = desk.adminToken();
        UserAccount gone = desk.account("gone@ownlab.test", Role.TECHNICIAN);
        desk.deactivate(admin, gone.id(), "moved on");

        Http.Response technicians = desk.http().get("/api/admin/people?role=technician&active=true", admin);
        Http.Response inactive = desk.http().get("/api/admin/people?active=false", admin);

        assertThat(emails(technicians)).contains(tech.email()).doesNotContain(gone.email(), pi.email());
        assertThat(emails(inactive)).contains(gone.email()).doesNotContain(tech.email());
        assertThat(emails(desk.http().get("/api/admin/people", admin))).doesNotContain(stranger.email());
        assertThat(desk.http().get("/api/admin/people?role=wizard", admin).status())
                .isEqualTo(400);
        assertThat(desk.http().get("/api/admin/people?active=maybe", admin).status())
                .isEqualTo(400);
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() {
        UserAccount promoted = desk.account("promoted@ownlab.test", Role.TECHNICIAN);
        String token = desk.token(promoted.email(), PeopleDesk.PASSWORD);
        assertThat(desk.http().get("/api/admin/people", token).status()).isEqualTo(403);

        Http.Response changed = desk.changeRole(desk.adminToken(), promoted.id(), "admin");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().at("/person/role").asText()).isEqualTo("admin");
        assertThat(desk.http().get("/api/admin/people", token).status()).isEqualTo(200);
        assertThat(desk.changeRole(desk.adminToken(), promoted.id(), "boss").status())
                .isEqualTo(422);
    }

    private static List<String> emails(Http.Response page) {
        assertThat(page.status()).isEqualTo(200);
        return page.body().get("items").findValuesAsText("email").stream()
                .map(String::valueOf)
                .toList();
    }
}
