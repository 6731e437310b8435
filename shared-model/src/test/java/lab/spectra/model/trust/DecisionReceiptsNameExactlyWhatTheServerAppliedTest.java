package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A decision receipt (ADR 0040) verifies only as issued, even for the largest push, and names each command with its content. */
class DecisionReceiptsNameExactlyWhatTheServerAppliedTest {

    private final Instant decided = Instant.parse("2026-11-30T10:15:30.123456Z");

    @Test
    void aReceiptForEveryCommandOfTheLargestPushVerifiesAndNamesEachWithItsContent() throws Exception {
        ECKey server = new ECKeyGenerator(Curve.P_256).keyID("server").generate();
        Map<UUID, String> applied = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            applied.put(UUID.randomUUID(), String.format("%064x", i));
        }
        UUID organization = UUID.randomUUID();

        DecisionReceipt issued = DecisionReceipt.issue(server, organization, decided, applied);
        DecisionReceipt read = DecisionReceipt.verify(issued.compact(), PublicKeys.of(List.of(server.toPublicJWK())))
                .orElseThrow();

        assertThat(issued.compact().length()).isGreaterThan(SignedStatements.MAX_LENGTH);
        assertThat(read.organizationId()).isEqualTo(organization);
        assertThat(read.applied()).isEqualTo(applied);
        applied.forEach((id, hash) -> {
            assertThat(read.decidedAt(id, hash)).contains(decided);
            assertThat(read.decidedAt(id, "f" + hash.substring(1))).isEmpty();
        });
        assertThat(read.decidedAt(UUID.randomUUID(), String.format("%064x", 0))).isEmpty();
    }

    @Test
    void aReceiptSignedByAnotherKeyOrTamperedWithDoesNotVerify() throws Exception {
        ECKey server = new ECKeyGenerator(Curve.P_256).keyID("server").generate();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("server").generate();
        Map<UUID, String> applied = Map.of(UUID.randomUUID(), "a".repeat(64));
        String forged = DecisionReceipt.issue(stranger, UUID.randomUUID(), decided, applied)
                .compact();
        String genuine = DecisionReceipt.issue(server, UUID.randomUUID(), decided, applied)
                .compact();
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        PublicKeys keys = PublicKeys.of(List.of(server.toPublicJWK()));

        assertThat(DecisionReceipt.verify(forged, keys)).isEmpty();
        assertThat(DecisionReceipt.verify(tampered, keys)).isEmpty();
        assertThat(DecisionReceipt.verify("not a receipt", keys)).isEmpty();
        assertThat(DecisionReceipt.verify(genuine, keys)).isPresent();
    }
}
