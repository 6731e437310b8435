package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The API refuses forged and stale tokens with 401 (the token service's own tests go through
 * every forgery in detail; these prove the HTTP layer relies on it).
 */
class ForgedTokensOverHttpTest {

    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

    private final DemoServer demo = DemoServer.get();

    private JWTClaimsSet.Builder claimsOf(String realToken) throws Exception {
        return new JWTClaimsSet.Builder(SignedJWT.parse(realToken).getJWTClaimsSet());
    }

    private String signed(JWTClaimsSet claims, String secret) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID("dev-hs256")
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private void assertRefused(String token) {
        Http.Response response = demo.http.get("/auth/me", token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("not_authenticated");
        assertThat(response.message()).as("no hint why").isEqualTo("not signed in");
    }

    @Test
    void theRealTokenWorks() {
        assertThat(demo.http.get("/auth/me", demo.token("viewer@demo.lab")).status())
                .isEqualTo(200);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        assertRefused(new PlainJWT(claimsOf(demo.token("viewer@demo.lab")).build()).serialize());
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
        assertRefused(signed(
                claimsOf(demo.token("viewer@demo.lab")).build(), "another-secret-that-is-also-long-enough-0123456789"));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefused(signed(
                claimsOf(demo.token("viewer@demo.lab"))
                        .expirationTime(Date.from(Instant.now().minusSeconds(600)))
                        .build(),
                SECRET));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        assertRefused(signed(
                claimsOf(demo.token("viewer@demo.lab")).issuer("someone-else").build(), SECRET));
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        String[] parts = demo.token("viewer@demo.lab").split("\\.", -1);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"viewer\"", "\"admin\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertRefused(forged);
    }

    @Test
    void aValidTokenForAUserThatDoesNotExistIsRefused() throws Exception {
        assertRefused(signed(
                claimsOf(demo.token("viewer@demo.lab"))
                        .subject(UUID.randomUUID().toString())
                        .build(),
                SECRET));
    }
}
