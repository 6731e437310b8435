package lab.spectra.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lab's workstations are an admin's: only an admin lists them or revokes one, and a bench of
 * another lab is not found, whoever asks.
 */
class OnlyAdminsSeeAndRevokeWorkstationsTest {

    private final OwnLab lab = new OwnLab("benches");
    private final Http http = lab.demo.http;

    @AfterEach
    void close() {
        lab.close();
    }

    /** A sync call from a bench: the server meets it there. */
    private Http.Response pullFrom(OwnLab from, UUID bench, String person, String name) {
        return http.send(
                "GET",
                "/sync/pull",
                from.token(person),
                null,
                Map.of("X-Workstation-Id", bench.toString(), "X-Workstation-Name", name));
    }

    private Http.Response revoke(String person, UUID bench, Object body) {
        return http.post("/api/admin/workstations/" + bench + "/revoke", lab.token(person), body);
    }

    private JsonNode listed(UUID bench) {
        for (JsonNode item :
                http.get("/api/admin/workstations", lab.token("admin")).body().get("items")) {
            if (item.get("workstation_id").asText().equals(bench.toString())) {
                return item;
            }
        }
        throw new AssertionError("Workstation " + bench + " is not listed");
    }

    @Test
    void theAdminSeesEachBenchWithItsLastContactAndThePeopleWhoWorkedThere() {
        UUID bench = Ids.newId();
        pullFrom(lab, bench, "tech", "Bench 3 (XRD room)");
        pullFrom(lab, bench, "pi", "Bench 3 (XRD room)");

        JsonNode item = listed(bench);

        assertThat(item.get("name").asText()).isEqualTo("Bench 3 (XRD room)");
        assertThat(item.get("last_contact_at").isNull()).isFalse();
        assertThat(item.get("revoked_at").isNull()).isTrue();
        List<String> people = new ArrayList<>();
        item.get("people").forEach(person -> people.add(person.get("email").asText()));
        assertThat(people)
                .containsExactlyInAnyOrder(
                        "tech@" + lab.org.organization().slug() + ".test",
                        "pi@" + lab.org.organization().slug() + ".test");
    }

    @Test
    void everyOtherRoleIsRefusedAndTheBenchKeepsWorking() {
        UUID bench = Ids.newId();
        pullFrom(lab, bench, "tech", "Bench 4");

        for (String person : List.of("pi", "engineer", "tech", "viewer")) {
            assertThat(http.get("/api/admin/workstations", lab.token(person)).status())
                    .as(person + " lists")
                    .isEqualTo(403);
            assertThat(revoke(person, bench, Map.of("reason", "just because")).status())
                    .as(person + " revokes")
                    .isEqualTo(403);
        }

        assertThat(pullFrom(lab, bench, "tech", "Bench 4").status()).isEqualTo(200);
        assertThat(listed(bench).get("revoked_at").isNull()).isTrue();
    }

    @Test
    void anotherLabsBenchIsNotFoundAndStaysTrusted() {
        try (OwnLab other = new OwnLab("other-benches")) {
            UUID theirs = Ids.newId();
            pullFrom(other, theirs, "tech", "Their bench");

            Http.Response answer = revoke("admin", theirs, Map.of("reason", "not ours to revoke"));

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.code()).isEqualTo("not_found");
            assertThat(pullFrom(other, theirs, "tech", "Their bench").status()).isEqualTo(200);
        }
    }

    @Test
    void aRevocationWithoutAReasonIsRefusedAndChangesNothing() {
        UUID bench = Ids.newId();
        pullFrom(lab, bench, "tech", "Bench 5");

        Http.Response answer = revoke("admin", bench, Map.of("reason", "   "));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("invalid_body");
        assertThat(pullFrom(lab, bench, "tech", "Bench 5").status()).isEqualTo(200);
    }

    @Test
    void anAdminCannotRevokeTheBenchTheyAreWorkingAt() {
        UUID bench = Ids.newId();
        pullFrom(lab, bench, "admin", "Office PC");

        Http.Response answer = http.send(
                "POST",
                "/api/admin/workstations/" + bench + "/revoke",
                lab.token("admin"),
                "{\"reason\": \"testing\"}",
                Map.of("X-Workstation-Id", bench.toString()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("own_workstation");
        assertThat(listed(bench).get("revoked_at").isNull()).isTrue();
    }

    @Test
    void aRevokedBenchIsListedAsRevokedWithItsReason() {
        UUID bench = Ids.newId();
        pullFrom(lab, bench, "tech", "Bench 6");

        assertThat(revoke("admin", bench, Map.of("reason", "left on the train")).status())
                .isEqualTo(200);

        JsonNode item = listed(bench);
        assertThat(item.get("revoked_at").isNull()).isFalse();
        assertThat(item.get("revoked_reason").asText()).isEqualTo("left on the train");
        assertThat(pullFrom(lab, bench, "tech", "Bench 6").code()).isEqualTo("workstation_revoked");
    }
}
