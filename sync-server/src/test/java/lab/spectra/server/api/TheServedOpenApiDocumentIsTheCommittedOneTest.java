package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.json} is what a started server serves, byte for byte: the linter in CI and
 * the generated client read that file, so it must not drift from the code. Run with {@code
 * -Dspectra.openapi.write=true} to rewrite it from the server instead.
 */
class TheServedOpenApiDocumentIsTheCommittedOneTest {

    /** Tests run in the module's folder; the document is committed at the repository's root. */
    static final Path COMMITTED = Path.of("..", "docs", "openapi.json");

    static final String REGENERATE = "mvn -B -ntp -q verify -pl sync-server -am"
            + " -Dtest=TheServedOpenApiDocumentIsTheCommittedOneTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dspectra.openapi.write=true";

    private final DemoServer demo = DemoServer.get();

    @Test
    void theServedDocumentEqualsTheCommittedFile() throws IOException {
        Http.Response response = demo.http.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        String served = response.raw().body();

        if (Boolean.getBoolean("spectra.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(COMMITTED))
                .as("docs/openapi.json is missing; write it with: " + REGENERATE)
                .isTrue();
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/openapi.json differs from the document the server serves; if the change is"
                        + " intended, rewrite it with: " + REGENERATE + " (then run npx redocly lint"
                        + " docs/openapi.json and commit it)")
                .isEqualTo(served);
    }
}
