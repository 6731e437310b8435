package lab.spectra.server.lims.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * A script drafts the next version of an approved recipe, submits it, the PI sends it back with a
 * comment, the engineer changes and resubmits it, and the PI approves it: the history shows the
 * rejection with its comment, the parameter changes from version 1, and version 1 retired
 * automatically in the same change, with its reason.
 */
class ARecipeIsSentBackChangedAndApprovedOverRestTest {

    private final Authoring authoring = new Authoring(DemoServer.get(), "demo.lab");

    @Test
    void theHistoryShowsTheRejectionTheDiffAndTheAutomaticRetirement() {
        String name = Authoring.unique("Breakdown sweep");
        String versionOne = authoring.draftRecipe(name, Authoring.sweep(2.0));
        assertThat(authoring.approve("pi", versionOne).status()).isEqualTo(200);

        Http.Response drafted = authoring.nextVersion("engineer", versionOne, Authoring.sweep(3.0));
        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.body().get("version").asInt()).isEqualTo(2);
        String versionTwo = drafted.body().get("id").asText();
        assertThat(authoring.submit("engineer", versionTwo).status()).isEqualTo(200);

        Http.Response rejected = authoring.reject("pi", versionTwo, "Stay at or below 2.5 V");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().get("status").asText()).isEqualTo("draft");
        assertThat(rejected.body().get("rejection_comment").asText()).isEqualTo("Stay at or below 2.5 V");
        assertThat(rejected.body().get("submitted_at").isNull()).isTrue();

        assertThat(authoring
                        .editParameters("engineer", versionTwo, Authoring.sweep(2.5))
                        .status())
                .isEqualTo(200);
        assertThat(authoring.submit("engineer", versionTwo).status()).isEqualTo(200);
        assertThat(authoring.approve("pi", versionTwo).status()).isEqualTo(200);

        JsonNode history = authoring.history(versionOne);
        assertThat(history.get("lineage_id").asText()).isEqualTo(versionOne);
        JsonNode first = history.get("versions").get(0);
        JsonNode second = history.get("versions").get(1);
        assertThat(first.get("status").asText()).isEqualTo("retired");
        assertThat(first.get("retired_by").get("name").asText()).isEqualTo("Pia Investigator");
        assertThat(decisions(first))
                .containsExactly(
                        "approved by Pia Investigator (pi): fine",
                        "retired by Pia Investigator (pi): Replaced by " + name + " v2");
        assertThat(second.get("status").asText()).isEqualTo("approved");
        assertThat(decisions(second))
                .containsExactly(
                        "rejected by Pia Investigator (pi): Stay at or below 2.5 V",
                        "approved by Pia Investigator (pi): fine");
        assertThat(second.get("changes").get(0).get("text").asText()).isEqualTo("Stop voltage (V): 2.0 → 2.5");
        assertThat(second.get("changes")).hasSize(1);
        assertThat(first.get("changes")).isEmpty();
    }

    private static List<String> decisions(JsonNode version) {
        List<String> said = new ArrayList<>();
        for (JsonNode decision : version.get("decisions")) {
            said.add(decision.get("decision").asText() + " by "
                    + decision.get("by").get("name").asText() + " ("
                    + decision.get("role").asText() + "): "
                    + decision.get("comment").asText());
        }
        return said;
    }
}
