package lab.spectra.server.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin brings the lab's instruments and samples in from CSV files: a preview first, then the
 * import, and a file with any line at fault imports nothing, naming each line.
 */
class ImportingALabsRecordsIsAllOrNothingTest {

    private static final String INSTRUMENTS = """
            name,kind,serial_number,certificate_number,calibrated_on,expires_on
            XRD-IMP,XRD,SN-1,CAL-IMP-1,2026-01-15,2030-01-15
            SMU-IMP,SMU,SN-2,,,
            """;

    private final OwnLab own = new OwnLab("import");
    private final Http http = own.demo.http;
    private final String admin = own.token("admin");

    @AfterEach
    void close() {
        own.close();
    }

    private Http.Response upload(String kind, String query, String token, String file) {
        return http.send("POST", "/api/admin/imports/" + kind + query, token, file, Map.of());
    }

    private List<String> instrumentNames() {
        List<String> names = new ArrayList<>();
        http.get("/api/analysis/instruments?limit=100", admin)
                .body()
                .get("items")
                .forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void aPreviewListsWhatEachLineWillRecordAndWritesNothing() {
        Http.Response preview = upload("instruments", "?dry_run=true", admin, INSTRUMENTS);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().get("dry_run").asBoolean()).isTrue();
        assertThat(preview.body().get("imported").asBoolean()).isFalse();
        assertThat(preview.body().get("rows"))
                .extracting(row ->
                        row.get("line").asInt() + " " + row.get("summary").asText())
                .containsExactly("2 XRD-IMP (XRD), certificate CAL-IMP-1 until 2030-01-15", "3 SMU-IMP (SMU)");
        assertThat(instrumentNames()).doesNotContain("XRD-IMP", "SMU-IMP");
    }

    @Test
    void theImportRegistersTheInstrumentsWithTheirCurrentCertificates() {
        Http.Response imported = upload("instruments", "", admin, INSTRUMENTS);

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.body().get("records").asInt()).isEqualTo(2);
        assertThat(instrumentNames()).contains("XRD-IMP", "SMU-IMP");
        List<JsonNode> xrd = new ArrayList<>();
        http.get("/api/analysis/calibrations/status", admin).body().forEach(status -> {
            if (status.get("instrument_name").asText().equals("XRD-IMP")) {
                xrd.add(status);
            }
        });
        assertThat(xrd).singleElement().satisfies(status -> {
            assertThat(status.get("status").asText()).isEqualTo("valid");
            assertThat(status.get("expires_at").asText()).isEqualTo("2030-01-15T00:00:00Z");
        });
    }

    @Test
    void aLineTheLabsRecordsRefuseImportsNothingAndEveryFaultyLineIsNamed() {
        own.lab.sample(own.org, "BC-TAKEN");
        own.lab.sample(own.org, "BC-TAKEN-2");
        String samples = """
                name,barcode
                First,BC-NEW-1
                Second,BC-TAKEN
                Third,BC-NEW-3
                Fourth,BC-TAKEN-2
                """;

        Http.Response refused = upload("samples", "", admin, samples);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("import_refused");
        assertThat(refused.message()).isEqualTo("2 lines of the file cannot be imported; nothing was imported");
        assertThat(refused.body().get("errors"))
                .extracting(error ->
                        error.get("line").asInt() + " " + error.get("code").asText())
                .containsExactly("3 duplicate_barcode", "5 duplicate_barcode");
        assertThat(http.get("/api/lims/samples?barcode=BC-NEW-1", admin).body().get("items"))
                .isEmpty();
    }

    /** Found by fuzzing the push (issue 21): a NUL character reached PostgreSQL, which cannot store it, and the answer was a 500. */
    @Test
    void aLineWithACharacterTheDatabaseCannotStoreIsRefusedAndNothingIsImported() {
        Http.Response refused = upload("samples", "", admin, "name,barcode\nFine,BC-NUL-1\nBad\u0000Name,BC-NUL-2\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("import_refused");
        assertThat(http.get("/api/lims/samples?barcode=BC-NUL-1", admin).body().get("items"))
                .isEmpty();
    }

    @Test
    void aFileWithFaultyLinesIsRefusedWithLineAndColumnBeforeTheLabIsAsked() {
        Http.Response refused = upload("samples", "?dry_run=true", admin, "name,barcode\nA,\n,BC-9\n");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors"))
                .extracting(error ->
                        error.get("line").asInt() + " " + error.get("column").asText())
                .containsExactly("2 barcode", "3 name");
    }

    @Test
    void onlyAdminsImportAndOnlyKnownKindsAndSwitchesAreAccepted() {
        assertThat(upload("samples", "", own.token("pi"), "name,barcode\nA,BC-PI\n")
                        .status())
                .isEqualTo(403);
        assertThat(upload("samples", "", null, "name,barcode\nA,BC-ANON\n").status())
                .isEqualTo(401);
        assertThat(upload("wafers", "", admin, "name\nW-1\n").status()).isEqualTo(404);
        Http.Response badSwitch = upload("samples", "?dry_run=maybe", admin, "name,barcode\nA,BC-X\n");
        assertThat(badSwitch.status()).isEqualTo(400);
        assertThat(badSwitch.code()).isEqualTo("invalid_parameter");
        assertThat(http.get("/api/lims/samples?barcode=BC-PI", admin).body().get("items"))
                .isEmpty();
    }
}
