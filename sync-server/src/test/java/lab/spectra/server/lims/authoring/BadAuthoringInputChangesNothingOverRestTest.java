package lab.spectra.server.lims.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** Bad input to the authoring endpoints is a clear 4xx with a code and a message, and writes nothing. */
class BadAuthoringInputChangesNothingOverRestTest {

    private final Authoring authoring = new Authoring(DemoServer.get(), "demo.lab");

    @Test
    void anIncompleteDraftIsNotSubmittedAndEveryMissingParameterIsNamed() {
        String draft = authoring.draftRecipe(Authoring.unique("Half a sweep"), Map.of("start_v", 0));

        Http.Response submitted = authoring.submit("engineer", draft);

        assertThat(submitted.status()).isEqualTo(422);
        assertThat(submitted.code()).isEqualTo("invalid_input");
        assertThat(submitted.message())
                .isEqualTo("Stop voltage (V) is required; Step (V) is required; Current compliance (A) is required");
        assertThat(authoring.version(draft).get("awaiting_decision").asBoolean())
                .isFalse();
        assertThat(authoring.rowVersion(draft)).isEqualTo(1);
    }

    @Test
    void aParameterOutOfRangeIsRefusedOnCreateAndOnEdit() {
        String name = Authoring.unique("Wild sweep");
        Http.Response created = authoring.createRecipe("engineer", name, Authoring.sweep(5000), List.of());
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.message()).isEqualTo("Stop voltage (V) must be from -1000 to 1000");

        String draft = authoring.draftRecipe(name, Authoring.sweep(1.0));
        Http.Response edited = authoring.editParameters("engineer", draft, Authoring.sweep(-5000));
        assertThat(edited.status()).isEqualTo(422);
        assertThat(authoring.rowVersion(draft)).isEqualTo(1);
    }

    @Test
    void aRejectionWithoutACommentIsA422AndNothingIsDecided() {
        String draft = authoring.draftRecipe(Authoring.unique("Quiet sweep"), Authoring.sweep(1.0));

        Http.Response rejected = authoring.reject("pi", draft, " ");

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.message()).isEqualTo("A comment saying what has to change is required");
        assertThat(authoring.decisionsOn(draft)).isZero();
    }

    @Test
    void aStaleSubmissionIsAConflictAndASecondOpenDraftIsRefused() {
        String name = Authoring.unique("Busy sweep");
        String draft = authoring.draftRecipe(name, Authoring.sweep(1.0));
        authoring.editParameters("engineer", draft, Authoring.sweep(1.5));

        Http.Response stale = authoring.demo.http.post(
                "/api/lims/recipes/" + draft + "/submit",
                authoring.ids.token("engineer"),
                Map.of("expected_row_version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("conflict");

        Http.Response another = authoring.nextVersion("engineer", draft, Authoring.sweep(2.0));
        assertThat(another.status()).isEqualTo(409);
        assertThat(another.code()).isEqualTo("illegal_transition");
        assertThat(authoring.history(draft).get("versions")).hasSize(1);
    }

    @Test
    void malformedBodiesAndUnknownFiltersAre400s() {
        String draft = authoring.draftRecipe(Authoring.unique("Odd sweep"), Authoring.sweep(1.0));
        String token = authoring.ids.token("engineer");

        Http.Response malformed = authoring.demo.http.send("PUT", "/api/lims/recipes/" + draft, token, "{\"name\":");
        Http.Response badKind = authoring.demo.http.get("/api/lims/recipes/parameters?instrument_kind=laser", token);
        Http.Response noKind = authoring.demo.http.get("/api/lims/recipes/parameters", token);
        Http.Response badStatus = authoring.demo.http.get("/api/lims/sops?status=pending", token);

        assertThat(List.of(malformed.status(), badKind.status(), noKind.status(), badStatus.status()))
                .containsOnly(400);
        assertThat(badKind.message()).startsWith("instrument_kind must be one of smu, spectrometer");
        assertThat(authoring.rowVersion(draft)).isEqualTo(1);
    }
}
