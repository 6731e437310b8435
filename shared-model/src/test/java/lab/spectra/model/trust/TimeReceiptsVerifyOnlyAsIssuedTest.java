package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeReceiptsVerifyOnlyAsIssuedTest {

    private static final UUID ORG = UUID.fromString("0190f5a4-0000-7000-8000-000000000001");
    private static final UUID BENCH = UUID.fromString("0190f5a4-0000-7000-8000-000000000002");
    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00.123456Z");

    private final ECKey server = key("record-a");
    private final ECKey stranger = key("record-a");

    @Test
    void aReceiptVerifiesWithTheServersKeyAndSaysWhatItWasIssuedFor() {
        TimeReceipt issued = TimeReceipt.issue(server, ORG, BENCH, NOON);

        TimeReceipt read = TimeReceipt.verify(issued.compact(), PublicKeys.of(List.of(server.toPublicJWK())))
                .orElseThrow();

        assertThat(read.organizationId()).isEqualTo(ORG);
        assertThat(read.workstationId()).isEqualTo(BENCH);
        assertThat(read.time()).isEqualTo(NOON);
    }

    @Test
    void aReceiptSignedByAnotherKeyWithTheSameIdDoesNotVerify() {
        TimeReceipt forged = TimeReceipt.issue(stranger, ORG, BENCH, NOON);

        assertThat(TimeReceipt.verify(forged.compact(), PublicKeys.of(List.of(server.toPublicJWK()))))
                .isEmpty();
    }

    @Test
    void aReceiptWhosePayloadWasEditedDoesNotVerify() {
        String[] parts = TimeReceipt.issue(server, ORG, BENCH, NOON).compact().split("\\.", -1);
        String earlier = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"org\":\"" + ORG + "\",\"ws\":\"" + BENCH + "\",\"t\":\"2020-01-01T00:00:00Z\"}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(TimeReceipt.verify(
                        parts[0] + "." + earlier + "." + parts[2], PublicKeys.of(List.of(server.toPublicJWK()))))
                .isEmpty();
    }

    @Test
    void aStatementOfAnotherTypeIsNotAReceipt() {
        String other =
                SignedStatements.sign(server, "spectra-identity-snapshot+jws", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(TimeReceipt.verify(other, PublicKeys.of(List.of(server.toPublicJWK()))))
                .isEmpty();
    }

    @Test
    void garbageIsNotAReceipt() {
        PublicKeys keys = PublicKeys.of(List.of(server.toPublicJWK()));
        assertThat(TimeReceipt.verify("not.a.jws", keys)).isEmpty();
        assertThat(TimeReceipt.verify("", keys)).isEmpty();
        assertThat(TimeReceipt.verify(null, keys)).isEmpty();
    }

    private static ECKey key(String id) {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(id)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
