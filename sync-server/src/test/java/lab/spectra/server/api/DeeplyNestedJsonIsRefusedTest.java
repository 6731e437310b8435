package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * JSON nested deeper than any body of this API needs is refused before it is turned into objects
 * (a parser recursing without end is a way to stop a server), with a 400 that says why.
 */
class DeeplyNestedJsonIsRefusedTest {

    private static final DemoServer DEMO = DemoServer.get();
    private static final DemoIds IDS = new DemoIds(DEMO, "demo.lab");

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void recipeParametersNestedTwoHundredLevelsDeepAreA400() {
        Http.Response response = DEMO.http.post(
                "/api/lims/recipes",
                IDS.token("engineer"),
                "{\"name\": \"Deep\", \"instrument_kind\": \"smu\", \"parameters\": {\"x\": " + nested(200) + "}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("json_too_complex");
    }

    @Test
    void parametersNestedAFewLevelsAreFine() {
        Http.Response response = DEMO.http.post(
                "/api/lims/recipes",
                IDS.token("engineer"),
                "{\"name\": \"Shallow\", \"instrument_kind\": \"smu\", \"parameters\": {\"sweep\": {\"points\": [[1, 2], [3, 4]]}}}");

        assertThat(response.status()).isEqualTo(201);
    }
}
