package lab.spectra.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PushResponse;

/**
 * Whatever bytes arrive as the body of {@code POST /sync/push} - broken JSON, JSON of the wrong
 * shape, unknown command types, values of the wrong type, real commands - the server answers
 * with a status a bench can act on: 200 with one answer per command, or a 4xx naming what is
 * wrong, having written nothing. Never a 5xx: a bench retries those and would send the same bad
 * body for ever.
 *
 * <p>Pushed over HTTP to a real server as its engineer, so the body takes the endpoint's own way
 * in (bounded body, strict JSON reader, evidence shape) before the command service. Seeds are
 * real push bodies ({@code $sample}-style names are bound to the lab's ids, see {@link
 * Placeholders}). Fuzz with {@code mvn -Pfuzz verify} (see sync-server/pom.xml).
 */
class AnyPushBodyGetsAClearAnswerAndNeverAServerErrorTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "push.dict")
    void pushBody(byte[] input) throws IOException {
        FuzzLab lab = FuzzLab.forFuzzing();
        byte[] body = lab.placeholders.bind(input).bytes();
        FuzzLab.Ledger before = lab.ledger();

        FuzzLab.Answer answer = lab.push(lab.org.engineer(), body);

        assertThat(answer.status()).as("status of %s", answer.body()).isBetween(200, 499);
        JsonNode answered = lab.mapper.readTree(answer.body());
        if (answer.status() == 200) {
            PushResponse response = lab.mapper.treeToValue(answered, PushResponse.class);
            JsonNode pushed = lab.mapper.readTree(body);
            assertThat(response.results())
                    .as("one answer per pushed command")
                    .hasSize(pushed.path("commands").size())
                    .allSatisfy(result -> assertThat(result)
                            .isInstanceOfAny(
                                    CommandResult.Applied.class,
                                    CommandResult.Rejected.class,
                                    CommandResult.Conflict.class));
        } else {
            assertThat(answered.path("code").asText()).as("the error's code").isNotBlank();
            assertThat(answered.path("message").asText())
                    .as("the error's message")
                    .isNotBlank();
            assertThat(lab.ledger())
                    .as("changes and audit entries after a refused push")
                    .isEqualTo(before);
        }
    }
}
