package lab.spectra.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.model.trust.TimeReceipt;
import org.junit.jupiter.api.Test;

/** A checkpoint is what the server signed, read back whole, or nothing. */
class AuditCheckpointsVerifyOnlyAsSignedTest {

    private static final UUID ORG = UUID.fromString("0190f5a4-0000-7000-8000-000000000001");
    private static final Instant NOON = Instant.parse("2026-11-29T12:00:00.123456Z");
    private static final String HEAD = "ab".repeat(32);

    private final ECKey server = key("record-a");
    private final PublicKeys serverKeys = PublicKeys.of(List.of(server.toPublicJWK()));

    private static ECKey key(String id) {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(id)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCheckpointVerifiesWithTheServersKeyAndNamesItsEntry() {
        AuditCheckpoint issued = AuditCheckpoint.issue(server, ORG, 42, HEAD, NOON);

        AuditCheckpoint read =
                AuditCheckpoint.verify(issued.compact(), serverKeys).orElseThrow();

        assertThat(read).isEqualTo(issued);
        assertThat(read.sequence()).isEqualTo(42);
        assertThat(read.headHash()).isEqualTo(HEAD);
        assertThat(read.signedAt()).isEqualTo(NOON);
    }

    @Test
    void aCheckpointSignedByAnotherKeyWithTheSameIdDoesNotVerify() {
        AuditCheckpoint forged = AuditCheckpoint.issue(key("record-a"), ORG, 42, HEAD, NOON);

        assertThat(AuditCheckpoint.verify(forged.compact(), serverKeys)).isEmpty();
    }

    @Test
    void aTimeReceiptIsNotACheckpoint() {
        TimeReceipt receipt = TimeReceipt.issue(server, ORG, UUID.randomUUID(), NOON);

        assertThat(AuditCheckpoint.verify(receipt.compact(), serverKeys)).isEmpty();
    }
}
