package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.Test;

/** The printed record is read like the entry: within one lab, by a signed-in member, clear errors otherwise. */
class PrintedRecordsStayInsideTheirLabTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds demoLab = new DemoIds(demo, "demo.lab");
    private final DemoIds otherLab = new DemoIds(demo, "test.org");
    private final PdfDownloads pdfs = new PdfDownloads(demo.server.baseUri());

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void anotherLabsEntryIsNotFound() {
        String theirs = otherLab.newElnEntry();

        HttpResponse<byte[]> response = pdfs.get("/api/lims/eln/" + theirs + "/record.pdf", demoLab.token("admin"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(body(response)).contains("\"code\":\"not_found\"");
    }

    @Test
    void anUnknownTimeZoneIsABadRequest() {
        String entry = demoLab.newElnEntry();

        HttpResponse<byte[]> response =
                pdfs.get("/api/lims/eln/" + entry + "/record.pdf?tz=Mars/Olympus", demoLab.token("viewer"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body(response)).contains("\"code\":\"invalid_parameter\"", "Mars/Olympus");
    }

    @Test
    void withoutSigningInThereIsNoRecord() {
        String entry = demoLab.newElnEntry();

        HttpResponse<byte[]> response = pdfs.get("/api/lims/eln/" + entry + "/record.pdf", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body(response)).doesNotContain("%PDF");
    }
}
