package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import lab.spectra.model.command.Command;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Malformed signatures, chain positions, receipts and key registrations are bad input: 400, nothing written. */
class MalformedEvidenceIsABadRequestThatWritesNothingTest {

    private static final TrustLab LAB = new TrustLab("malformed");
    private static final TrustLab.Bench BENCH = LAB.bench();

    static {
        BENCH.register(LAB.org.engineer());
    }

    @AfterAll
    static void close() {
        LAB.close();
    }

    private Http.Response pushEdited(String barcode, Consumer<ObjectNode> edit) throws Exception {
        CreateSample signed = BENCH.sign(new CreateSample(
                BENCH.meta(LAB.org.engineer(), LAB.clock.instant().plusSeconds(1)),
                Ids.newId(),
                "Sample " + barcode,
                barcode,
                null,
                null,
                null));
        ObjectNode body = (ObjectNode)
                LAB.mapper.readTree(LAB.mapper.writeValueAsString(new PushRequest(List.<Command>of(signed))));
        edit.accept((ObjectNode) body.get("commands").get(0).get("meta"));
        return BENCH.pushRaw(LAB.org.engineer(), body.toString());
    }

    private boolean sampleExists(String barcode) {
        return LAB.http
                .get("/api/lims/samples?limit=200", LAB.token(LAB.org.engineer()))
                .body()
                .get("items")
                .findValuesAsText("barcode")
                .contains(barcode);
    }

    @Test
    void aSignatureThatIsNotAJwsIsRefused() throws Exception {
        Http.Response response = pushEdited("MF-1", meta -> meta.put("signature", "not a signature"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("invalid_evidence");
        assertThat(sampleExists("MF-1")).isFalse();
    }

    @Test
    void aPreviousHashThatIsNotAHashIsRefused() throws Exception {
        Http.Response response = pushEdited("MF-2", meta -> meta.put("previous_hash", "xyz"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(sampleExists("MF-2")).isFalse();
    }

    @Test
    void aChainPositionOfZeroOrAWrongTypeIsRefused() throws Exception {
        assertThat(pushEdited("MF-3", meta -> meta.put("sequence", 0)).status()).isEqualTo(400);
        assertThat(pushEdited("MF-4", meta -> meta.put("sequence", "two")).status())
                .isEqualTo(400);
        assertThat(sampleExists("MF-3")).isFalse();
        assertThat(sampleExists("MF-4")).isFalse();
    }

    @Test
    void aSignatureWithoutItsChainFieldsIsRefused() throws Exception {
        Http.Response response = pushEdited("MF-5", meta -> meta.remove("key_id"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(sampleExists("MF-5")).isFalse();
    }

    @Test
    void aReceiptThatIsNotASignedStatementIsRefused() throws Exception {
        Http.Response response = pushEdited("MF-6", meta -> meta.put("time_receipt", "yesterday"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(sampleExists("MF-6")).isFalse();
    }

    @Test
    void aKeyRegistrationWithAPrivateKeyABadProofOrAnotherCurveIsRefused() throws Exception {
        ECKey key = DeviceKeys.generate();
        String workstation = Ids.newId().toString();
        String token = LAB.token(LAB.org.technician());
        String proof = DeviceKeys.proofOfPossession(key, LAB.org.technician().userId(), UUID.fromString(workstation));

        Http.Response privateHalf = LAB.http.post(
                "/sync/device-keys",
                token,
                Map.of("workstation_id", workstation, "public_key", key.toJSONObject(), "proof", proof));
        Http.Response badProof = LAB.http.post(
                "/sync/device-keys",
                token,
                Map.of(
                        "workstation_id",
                        workstation,
                        "public_key",
                        key.toPublicJWK().toJSONObject(),
                        "proof",
                        DeviceKeys.proofOfPossession(key, LAB.org.engineer().userId(), UUID.fromString(workstation))));
        Http.Response notAKey = LAB.http.post(
                "/sync/device-keys",
                token,
                Map.of("workstation_id", workstation, "public_key", Map.of("kty", "oct", "k", "AAAA"), "proof", proof));
        Http.Response notJson = LAB.http.post("/sync/device-keys", token, "{\"workstation_id\": ");

        assertThat(privateHalf.status()).isEqualTo(400);
        assertThat(badProof.status()).isEqualTo(400);
        assertThat(badProof.code()).isEqualTo("invalid_proof");
        assertThat(notAKey.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(LAB.http
                        .send("GET", "/sync/snapshot", token, null, Map.of("X-Workstation-Id", workstation))
                        .status())
                .isEqualTo(404);
    }
}
