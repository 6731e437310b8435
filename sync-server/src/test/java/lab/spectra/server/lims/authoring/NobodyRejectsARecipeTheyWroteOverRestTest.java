package lab.spectra.server.lims.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** Four-eyes on rejection over HTTP: a PI's own draft is sent back by someone else, or not at all. */
class NobodyRejectsARecipeTheyWroteOverRestTest {

    private final Authoring authoring = new Authoring(DemoServer.get(), "demo.lab");

    @Test
    void aPiRejectingTheirOwnDraftIsA409AndNothingIsRecorded() {
        String name = Authoring.unique("PI's own sweep");
        String draft = authoring.ids.created(authoring.createRecipe("pi", name, Authoring.sweep(1.0), List.of()));

        Http.Response own = authoring.reject("pi", draft, "not good enough");

        assertThat(own.status()).isEqualTo(409);
        assertThat(own.code()).isEqualTo("self_approval");
        assertThat(own.message())
                .isEqualTo("You wrote recipe " + name + " v1; another PI or admin has to decide on it");
        assertThat(authoring.decisionsOn(draft)).isZero();
        assertThat(authoring.version(draft).get("rejection_comment").isNull()).isTrue();

        assertThat(authoring.reject("admin", draft, "not good enough").status()).isEqualTo(200);
        assertThat(authoring.decisionsOn(draft)).isEqualTo(1);
    }
}
