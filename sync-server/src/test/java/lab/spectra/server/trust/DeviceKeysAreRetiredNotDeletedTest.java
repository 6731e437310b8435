package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import java.util.Map;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.trust.IdentitySnapshot;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.server.auth.UserDeactivation;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A new key after a password change supersedes the old one, which still vouches for what it signed
 * while current; a revoked key vouches for nothing made after the revocation.
 */
class DeviceKeysAreRetiredNotDeletedTest {

    private static final TrustLab LAB = new TrustLab("keys");

    @AfterAll
    static void close() {
        LAB.close();
    }

    private CreateSample sample(TrustLab.Bench bench, String barcode) {
        return new CreateSample(
                bench.meta(LAB.org.engineer(), LAB.clock.instant().plusSeconds(1)),
                Ids.newId(),
                "Sample " + barcode,
                barcode,
                null,
                null,
                null);
    }

    @Test
    void theRegistrationAnswersWithASnapshotTheServersPublishedKeysVerify() throws Exception {
        TrustLab.Bench bench = LAB.bench();
        Http.Response registered = bench.register(LAB.org.pi());

        JWKSet published =
                JWKSet.parse(LAB.http.get("/.well-known/jwks.json", null).raw().body());
        IdentitySnapshot snapshot = IdentitySnapshot.verify(
                        registered.body().get("snapshot").asText(), PublicKeys.of(published))
                .orElseThrow();

        assertThat(registered.status()).isEqualTo(201);
        assertThat(snapshot.userId()).isEqualTo(LAB.org.pi().userId());
        assertThat(snapshot.workstationId()).isEqualTo(bench.workstationId);
        assertThat(snapshot.deviceKeyId())
                .isEqualTo(registered.body().get("key_id").asText());
        assertThat(snapshot.role().wireName()).isEqualTo("pi");
        assertThat(snapshot.offlineGrace()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void commandsSignedWithASupersededKeyBeforeTheNewOneStillApply() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        CreateSample madeWithOldKey = bench.sign(sample(bench, "KY-1"));
        TrustLab.Bench sameBenchAfterPasswordChange = bench;
        var oldKey = bench.keys.get(LAB.org.engineer().userId());

        LAB.clock.advance(Duration.ofMinutes(5));
        sameBenchAfterPasswordChange.register(LAB.org.engineer());
        CommandResult answer =
                bench.push(LAB.org.engineer(), madeWithOldKey).results().get(0);

        assertThat(bench.keys.get(LAB.org.engineer().userId())).isNotEqualTo(oldKey);
        assertThat(answer).isInstanceOf(CommandResult.Applied.class);
    }

    @Test
    void aRevokedKeyVouchesForNothingWithALaterReceipt() throws Exception {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.viewer());
        bench.register(LAB.org.engineer());
        LAB.clock.advance(Duration.ofMinutes(1));
        LAB.server
                .parts()
                .database()
                .inTenant(
                        LAB.org.id(),
                        connection -> DeviceKeyStore.revokeAllOf(
                                connection, LAB.org.id(), LAB.org.engineer().userId(), LAB.clock.instant()));
        LAB.clock.advance(Duration.ofMinutes(1));
        bench.push(LAB.org.viewer());
        CreateSample afterRevocation = bench.sign(sample(bench, "KY-2"));

        CommandResult answer =
                bench.push(LAB.org.viewer(), afterRevocation).results().get(0);

        assertThat(((CommandResult.Rejected) answer).code()).isEqualTo(RejectionCode.DEVICE_KEY_REVOKED);
        assertThat(LAB.http
                        .send(
                                "GET",
                                "/sync/snapshot",
                                LAB.token(LAB.org.viewer()),
                                null,
                                Map.of("X-Workstation-Id", bench.workstationId.toString()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void deactivatingAPersonRevokesTheirDeviceKeysAndRegistrationsAreAudited() throws Exception {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());

        var outcome =
                LAB.server.parts().deactivation().deactivate(LAB.email(LAB.org.technician()), "left the lab", null);

        assertThat(((UserDeactivation.Deactivated) outcome).deviceKeys()).isEqualTo(1);
        try (var owner = LAB.postgres.ownerConnection();
                var select = owner.prepareStatement("SELECT retired_reason FROM device_keys WHERE user_id = ?");
                var audit = owner.prepareStatement(
                        "SELECT count(*) FROM audit_log WHERE record_id = ? AND action = 'auth:DeviceKeyRegistered'")) {
            select.setObject(1, LAB.org.technician().userId());
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("revoked");
            }
            audit.setObject(1, LAB.org.technician().userId());
            try (var rows = audit.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }
}
