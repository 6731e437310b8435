package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.OrganizationSettings;
import org.junit.jupiter.api.Test;

/** Every organization setting a bench uses travels inside the snapshot the server signs. */
class TheSnapshotCarriesTheOrganizationsSettingsSignedTest {

    @Test
    void theSettingsReadBackFromTheSignedSnapshotAreTheOnesIssued() throws JOSEException {
        ECKey server = new ECKeyGenerator(Curve.P_256)
                .keyID("record-1")
                .algorithm(JWSAlgorithm.ES256)
                .generate();
        OrganizationSettings settings = new OrganizationSettings(2, 4, 21, 60, 30, 16);

        IdentitySnapshot issued = IdentitySnapshot.issue(
                server,
                new IdentitySnapshot.Facts(
                        UUID.randomUUID(),
                        "Lab",
                        UUID.randomUUID(),
                        "tess@lab.test",
                        "Tess",
                        Role.TECHNICIAN,
                        true,
                        UUID.randomUUID(),
                        "key-1",
                        settings,
                        Instant.parse("2026-11-30T03:00:00Z")));
        IdentitySnapshot read = IdentitySnapshot.verify(issued.compact(), PublicKeys.of(List.of(server.toPublicJWK())))
                .orElseThrow();

        assertThat(read.settings()).isEqualTo(settings);
        assertThat(read.offlineGrace().toDays()).isEqualTo(2);
    }
}
