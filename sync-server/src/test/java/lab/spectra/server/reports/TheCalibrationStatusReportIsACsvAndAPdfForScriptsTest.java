package lab.spectra.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.report.CalibrationReportCsv;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calibration status report names every instrument of the organization with its certificate,
 * lockout state and reason in the bench's words, warns about certificates expiring soon, and lists
 * the runs to review after a revocation; as CSV and PDF, for every role (reports are downloaded by
 * viewers too), never another organization's instruments.
 */
class TheCalibrationStatusReportIsACsvAndAPdfForScriptsTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds lab = new DemoIds(demo, "demo.lab");

    private List<String> csvLines(String token) {
        HttpResponse<byte[]> answer = demo.http.download("/api/reports/calibration-status.csv", token);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        return Arrays.asList(new String(answer.body(), StandardCharsets.UTF_8).split("\r\n"));
    }

    private static String lineOf(List<String> lines, String instrument) {
        return lines.stream()
                .filter(line -> line.startsWith(instrument + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError(instrument + " is not in the report: " + lines));
    }

    @Test
    void theCsvHasAHeaderRowAndEveryInstrumentWithItsStateAndReason() {
        List<String> lines = csvLines(demo.token("viewer@demo.lab"));

        assertThat(lines.get(0)).isEqualTo(String.join(",", CalibrationReportCsv.COLUMNS));
        for (String instrument : List.of("SMU-01", "XRD-01", "ELL-01")) {
            lineOf(lines, instrument);
        }
        assertThat(lineOf(lines, "XRD-01"))
                .contains(",Locked,true,")
                .contains("Calibration expired for XRD-01 on ")
                .contains(",false,");
        assertThat(lineOf(lines, "ELL-01")).contains(",Expires soon,false,").contains(",true,");
    }

    @Test
    void theRunsThatReliedOnARevokedCertificateAreListedForReview() {
        String name = "SMU-R" + UUID.randomUUID().toString().substring(0, 8);
        String instrument = lab.created(
                demo.http.post("/api/analysis/instruments", lab.token("admin"), Map.of("name", name, "kind", "smu")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String certificate = lab.created(demo.http.post(
                "/api/analysis/calibrations",
                lab.token("admin"),
                Map.of(
                        "instrument_id",
                        instrument,
                        "certificate_number",
                        "C-" + name,
                        "issued_at",
                        now.minus(10, ChronoUnit.DAYS).toString(),
                        "expires_at",
                        now.plus(300, ChronoUnit.DAYS).toString())));
        String run = lab.created(demo.http.post(
                "/api/analysis/runs",
                lab.token("tech"),
                Map.of(
                        "recipe_id", lab.approvedRecipeFor("smu"),
                        "instrument_id", instrument,
                        "sample_id", lab.newSample())));
        assertThat(demo.http
                        .post(
                                "/api/analysis/calibrations/" + certificate + "/revoke",
                                lab.token("admin"),
                                Map.of("reason", "Found out of tolerance"))
                        .status())
                .isEqualTo(200);

        String line = lineOf(csvLines(lab.token("engineer")), name);

        assertThat(line).contains(",Locked,true,").contains("C-" + name).endsWith(",1," + run);
        assertThat(pdfText(lab.token("pi"))).contains(name).contains(run).contains("Runs to review after revocations");
    }

    @Test
    void thePdfNamesTheInstrumentsAndTheWarningSetting() {
        String text = pdfText(demo.token("tech@demo.lab"));

        assertThat(text)
                .contains("Calibration status of every instrument")
                .contains("SMU-01")
                .contains("XRD-01")
                .contains("Calibration expired for XRD-01")
                .contains("Expires soon")
                .contains("within 7 days");
    }

    @Test
    void anotherOrganizationsInstrumentsNeverAppear() {
        String testOrgInstrument = new DemoIds(demo, "test.org").instrument("SMU-01");
        List<String> lines = csvLines(demo.token("admin@demo.lab"));

        assertThat(String.join("\n", lines)).doesNotContain(testOrgInstrument);
        assertThat(lines.stream().filter(line -> line.startsWith("SMU-01,"))).hasSize(1);
        String ownSmu = lab.instrument("SMU-01");
        assertThat(ownSmu).isNotEqualTo(testOrgInstrument);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "pi", "engineer", "tech", "viewer"})
    void everyRoleDownloadsIt(String person) {
        assertThat(demo.http
                        .download("/api/reports/calibration-status.pdf", demo.token(person + "@demo.lab"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void nobodySignedOutGetsIt() {
        assertThat(demo.http.get("/api/reports/calibration-status.csv", null).status())
                .isEqualTo(401);
    }

    private String pdfText(String token) {
        HttpResponse<byte[]> answer = demo.http.download("/api/reports/calibration-status.pdf", token);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(answer.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
