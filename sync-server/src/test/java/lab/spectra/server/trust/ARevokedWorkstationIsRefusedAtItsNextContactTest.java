package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A lost or stolen bench, revoked by an admin: the changes it still holds are refused with their
 * own code even when made before the revocation, every call naming it is answered 410
 * workstation_revoked, and the same people's other benches work on.
 */
class ARevokedWorkstationIsRefusedAtItsNextContactTest {

    private static final TrustLab LAB = new TrustLab("lost-bench");

    @AfterAll
    static void close() {
        LAB.close();
    }

    private CreateSample sample(TrustLab.Bench bench, String barcode) {
        return new CreateSample(
                bench.meta(LAB.org.engineer(), LAB.clock.instant().plusSeconds(1)),
                Ids.newId(),
                "Sample " + barcode,
                barcode,
                null,
                null,
                null);
    }

    private Http.Response revoke(TrustLab.Bench bench) {
        return LAB.http.post(
                "/api/admin/workstations/" + bench.workstationId + "/revoke",
                LAB.token(LAB.org.admin()),
                Map.of("reason", "laptop stolen from the car"));
    }

    private Http.Response pushWithoutNamingTheBench(CreateSample command) throws JsonProcessingException {
        return LAB.http.post(
                "/sync/push",
                LAB.token(LAB.org.engineer()),
                LAB.mapper.writeValueAsString(new PushRequest(List.of(command))));
    }

    @Test
    void changesMadeBeforeTheRevocationAreRefusedAndTheBenchIsToldItWasRevoked() throws Exception {
        TrustLab.Bench lost = LAB.bench();
        lost.register(LAB.org.engineer());
        CreateSample madeBefore = lost.sign(sample(lost, "LOST-1"));
        LAB.clock.advance(Duration.ofMinutes(2));

        assertThat(revoke(lost).status()).isEqualTo(200);
        Http.Response answer =
                lost.pushRaw(LAB.org.engineer(), LAB.mapper.writeValueAsString(new PushRequest(List.of(madeBefore))));

        assertThat(answer.status()).isEqualTo(410);
        assertThat(answer.code()).isEqualTo("workstation_revoked");
        assertThat(answer.message()).contains("laptop stolen from the car");
        PushResponse kept =
                LAB.mapper.treeToValue(pushWithoutNamingTheBench(madeBefore).body(), PushResponse.class);
        assertThat(kept.results().get(0))
                .isInstanceOfSatisfying(CommandResult.Rejected.class, rejected -> assertThat(rejected.code())
                        .isEqualTo(RejectionCode.WORKSTATION_REVOKED));
        assertThat(LAB.http
                        .get("/api/lims/samples?barcode=LOST-1", LAB.token(LAB.org.admin()))
                        .body()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void aRevokedBenchsChangesAreRefusedEvenWhenAnotherBenchSendsThem() throws Exception {
        TrustLab.Bench lost = LAB.bench();
        lost.register(LAB.org.engineer());
        CreateSample queued = lost.sign(sample(lost, "LOST-2"));
        revoke(lost);

        Http.Response answer = pushWithoutNamingTheBench(queued);

        assertThat(answer.status()).isEqualTo(200);
        PushResponse results = LAB.mapper.treeToValue(answer.body(), PushResponse.class);
        assertThat(((CommandResult.Rejected) results.results().get(0)).code())
                .isEqualTo(RejectionCode.WORKSTATION_REVOKED);
    }

    @Test
    void everyCallNamingTheRevokedBenchIsAnswered410() {
        TrustLab.Bench lost = LAB.bench();
        lost.register(LAB.org.engineer());
        revoke(lost);
        String token = LAB.token(LAB.org.engineer());
        Map<String, String> naming = Map.of("X-Workstation-Id", lost.workstationId.toString());

        List<Http.Response> answers = List.of(
                LAB.http.send("GET", "/sync/pull", token, null, naming),
                LAB.http.send("GET", "/sync/snapshot", token, null, naming),
                LAB.http.send("GET", "/sync/workstation-key", token, null, naming),
                lost.register(LAB.org.engineer()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(410);
            assertThat(answer.code()).isEqualTo("workstation_revoked");
        });
    }

    @Test
    void thePeopleOfARevokedBenchKeepWorkingOnTheirOtherBenches() {
        TrustLab.Bench lost = LAB.bench();
        TrustLab.Bench other = LAB.bench();
        lost.register(LAB.org.engineer());
        other.register(LAB.org.engineer());
        revoke(lost);

        PushResponse answer = other.push(LAB.org.engineer(), other.sign(sample(other, "KEPT-1")));

        assertThat(answer.results().get(0)).isInstanceOf(CommandResult.Applied.class);
    }
}
