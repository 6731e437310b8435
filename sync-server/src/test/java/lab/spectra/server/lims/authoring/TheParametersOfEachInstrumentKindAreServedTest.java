package lab.spectra.server.lims.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/** Scripts see the typed parameters a kind of instrument knows, with units, ranges and choices. */
class TheParametersOfEachInstrumentKindAreServedTest {

    private final Authoring authoring = new Authoring(DemoServer.get(), "demo.lab");

    @Test
    void theSmuSweepParametersComeWithUnitsRangesAndChoices() {
        Http.Response schema = authoring.demo.http.get(
                "/api/lims/recipes/parameters?instrument_kind=SMU", authoring.ids.token("viewer"));

        assertThat(schema.status()).isEqualTo(200);
        assertThat(schema.body().get("instrument_kind").asText()).isEqualTo("smu");
        JsonNode stop = schema.body().get("parameters").get(1);
        assertThat(stop.get("key").asText()).isEqualTo("stop_v");
        assertThat(stop.get("label_with_unit").asText()).isEqualTo("Stop voltage (V)");
        assertThat(stop.get("type").asText()).isEqualTo("number");
        assertThat(stop.get("min").asDouble()).isEqualTo(-1000);
        assertThat(stop.get("required").asBoolean()).isTrue();
        assertThat(schema.body().get("parameters").get(5).get("choices"))
                .extracting(JsonNode::asText)
                .containsExactly("linear", "logarithmic", "dual");
    }
}
