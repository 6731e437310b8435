package lab.spectra.model.eln;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.model.trust.PublicKeys;
import org.junit.jupiter.api.Test;

/** ADR 0018: the device signature and the countersignature cover exactly the documented payloads. */
class DeviceSignaturesBindTheSignerToExactlyWhatTheySignedTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant SIGNED_AT = Instant.parse("2026-11-30T05:01:02.123456789Z");

    private final ECKey deviceKey = DeviceKeys.generate();
    private final SigningPayload payload = new SigningPayload(
            UUID.fromString("00000000-0000-0000-0000-0000000000a1"),
            UUID.fromString("00000000-0000-0000-0000-0000000000b2"),
            HASH.toUpperCase(Locale.ROOT),
            SignatureMeaning.WITNESSED,
            UUID.fromString("00000000-0000-0000-0000-0000000000c3"),
            SIGNED_AT);

    @Test
    void thePayloadIsTheDocumentedTextWithTheTimeCutToMicroseconds() {
        assertThat(new String(payload.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("spectra-eln-signature-v1\n"
                        + "signature 00000000-0000-0000-0000-0000000000a1\n"
                        + "entry 00000000-0000-0000-0000-0000000000b2\n"
                        + "content-sha256 " + HASH + "\n"
                        + "meaning witnessed\n"
                        + "signer 00000000-0000-0000-0000-0000000000c3\n"
                        + "signed-at 2026-11-30T05:01:02.123456Z\n");
    }

    @Test
    void aDeviceSignatureVerifiesWithItsKeyForItsPayloadOnly() {
        String jws = DeviceSignatures.sign(deviceKey, payload);

        assertThat(DeviceSignatures.verifies(jws, payload, deviceKey.toPublicJWK()))
                .isTrue();
        assertThat(DeviceSignatures.keyIdOf(jws)).contains(deviceKey.getKeyID());
        SigningPayload otherContent = new SigningPayload(
                payload.signatureId(),
                payload.entryId(),
                "0".repeat(64),
                payload.meaning(),
                payload.signerId(),
                payload.signedAt());
        assertThat(DeviceSignatures.verifies(jws, otherContent, deviceKey.toPublicJWK()))
                .isFalse();
        SigningPayload otherMeaning = new SigningPayload(
                payload.signatureId(),
                payload.entryId(),
                HASH,
                SignatureMeaning.APPROVED,
                payload.signerId(),
                payload.signedAt());
        assertThat(DeviceSignatures.verifies(jws, otherMeaning, deviceKey.toPublicJWK()))
                .isFalse();
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() {
        ECKey otherKey = DeviceKeys.generate();
        String jws = DeviceSignatures.sign(otherKey, payload);

        assertThat(DeviceSignatures.verifies(jws, payload, deviceKey.toPublicJWK()))
                .isFalse();
        assertThat(DeviceSignatures.verifies("not-a-jws", payload, deviceKey.toPublicJWK()))
                .isFalse();
    }

    @Test
    void aCountersignatureHoldsForItsReceiveTimeAndDeviceSignatureOnly() {
        ECKey serverKey = DeviceKeys.generate();
        PublicKeys serverKeys = PublicKeys.of(java.util.List.<com.nimbusds.jose.jwk.JWK>of(serverKey.toPublicJWK()));
        String device = DeviceSignatures.sign(deviceKey, payload);
        Instant received = Instant.parse("2026-11-30T06:00:00Z");

        String countersignature = Countersignatures.sign(serverKey, payload, device, received);

        assertThat(Countersignatures.verifies(countersignature, payload, device, received, serverKeys))
                .isTrue();
        assertThat(Countersignatures.verifies(countersignature, payload, device, received.plusSeconds(1), serverKeys))
                .isFalse();
        assertThat(Countersignatures.verifies(countersignature, payload, null, received, serverKeys))
                .isFalse();
        String deviceSignatureAsStatement = DeviceSignatures.sign(serverKey, payload);
        assertThat(Countersignatures.verifies(deviceSignatureAsStatement, payload, device, received, serverKeys))
                .isFalse();
    }
}
