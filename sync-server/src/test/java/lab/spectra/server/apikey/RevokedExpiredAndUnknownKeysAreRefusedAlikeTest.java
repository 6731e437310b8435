package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A revoked key, an expired key, a key nobody made and a key with a wrong secret are all answered
 * 401 with the same words; revoking records who and when, and works at once.
 */
class RevokedExpiredAndUnknownKeysAreRefusedAlikeTest {

    private static KeyLab keys;

    @BeforeAll
    static void lab() {
        keys = new KeyLab("refused-keys");
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void aRevokedKeyIsRefusedFromTheNextRequestAndTheListSaysWhoRevokedItWhen() {
        String key = keys.key("Soon revoked", "samples:read");
        assertThat(keys.http().get("/api/lims/samples", key).status()).isEqualTo(200);
        UUID id = keys.idOf(key);

        Http.Response revoked = keys.http()
                .post("/api/admin/api-keys/" + id + "/revoke", keys.token("admin"), Map.of("reason", "PC replaced"));
        Http.Response after = keys.http().get("/api/lims/samples", key);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body().get("revoked_at").isNull()).isFalse();
        assertThat(revoked.body().get("revoked_by").asText())
                .isEqualTo(keys.org.admin().userId().toString());
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.message()).isEqualTo(ApiRoutes.KEY_NOT_ACCEPTED);
        assertThat(keys.rowsAsApp(
                        keys.org.id(),
                        "SELECT reason FROM audit_log WHERE action = 'RevokeApiKey' AND record_id = ?",
                        id))
                .singleElement()
                .satisfies(row -> assertThat(row.get("reason")).isEqualTo("PC replaced"));
    }

    @Test
    void anExpiredKeyIsRefused() {
        String key = keys.key("Soon expired", "samples:read");
        assertThat(keys.http().get("/api/lims/samples", key).status()).isEqualTo(200);
        keys.asOwner(
                keys.org.id(),
                "UPDATE api_keys SET expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)),
                keys.idOf(key));

        Http.Response after = keys.http().get("/api/lims/samples", key);

        assertThat(after.status()).isEqualTo(401);
        assertThat(after.message()).isEqualTo(ApiRoutes.KEY_NOT_ACCEPTED);
    }

    @Test
    void unknownKeysAndWrongSecretsAreAnsweredInTheSameWords() {
        String key = keys.key("Real", "samples:read");
        String wrongSecret = key.substring(0, 13) + "A".repeat(43);
        String unknown = "spk_abcdefgh_" + "B".repeat(43);

        List<Http.Response> answers = List.of(
                keys.http().get("/api/lims/samples", wrongSecret),
                keys.http().get("/api/lims/samples", unknown),
                keys.http().get("/api/lims/samples", "spk_not-a-key"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.message()).isEqualTo(ApiRoutes.KEY_NOT_ACCEPTED);
        });
    }
}
