package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin makes a key with a name, scopes and an expiry; the key (spk_, 256 bits of secret) is in
 * that one answer, the database holds only its SHA-256 with the prefix, the list never shows it,
 * and the making is in the audit trail without the key or its hash.
 */
class AKeyIsShownOnceAndOnlyItsHashIsStoredTest {

    private static KeyLab keys;

    @BeforeAll
    static void lab() {
        keys = new KeyLab("shown-once");
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void theKeyIsInTheCreationAnswerAndOnlyItsHashIsInTheDatabase() throws Exception {
        String admin = keys.token("admin");
        Instant expires = Instant.now().plus(30, ChronoUnit.DAYS);

        Http.Response created = keys.create(admin, "Keithley-2 export", List.of("samples:read"), expires);

        assertThat(created.status()).isEqualTo(201);
        String key = created.body().get("key").asText();
        assertThat(key).matches("spk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(created.body().get("warning").asText()).contains("shown once");
        UUID id = UUID.fromString(created.body().get("api_key").get("id").asText());
        List<Map<String, Object>> rows = keys.rowsAsApp(
                keys.org.id(), "SELECT key_prefix, key_hash, scopes::text AS scopes FROM api_keys WHERE id = ?", id);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("key_prefix")).isEqualTo(key.substring(4, 12));
        assertThat(row.get("key_hash")).isEqualTo(sha256(key));
        assertThat(row.values().toString()).doesNotContain(key.substring(13));
        assertThat(row.get("scopes").toString()).contains("samples:read");
    }

    @Test
    void theListShowsWhatAdminsNeedButNeverTheKeyOrItsHash() {
        String admin = keys.token("admin");
        Http.Response created = keys.create(
                admin,
                "Spectrometer script",
                List.of("runs:read"),
                Instant.now().plus(10, ChronoUnit.DAYS));
        String key = created.body().get("key").asText();

        Http.Response list = keys.http().get("/api/admin/api-keys", admin);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().toString()).doesNotContain(key).doesNotContain(sha256(key));
        var listed = list.body().get("items").findValues("name").stream()
                .map(name -> name.asText())
                .toList();
        assertThat(listed).contains("Spectrometer script");
        var item = list.body().get("items").get(listed.indexOf("Spectrometer script"));
        assertThat(item.get("prefix").asText()).isEqualTo(key.substring(0, 12));
        assertThat(item.get("scopes").get(0).asText()).isEqualTo("runs:read");
        assertThat(item.get("created_by_name").asText())
                .isEqualTo("admin of " + keys.org.organization().slug());
        assertThat(item.has("expires_at")).isTrue();
        assertThat(item.has("last_used_at")).isTrue();
        assertThat(item.get("revoked_at").isNull()).isTrue();
    }

    @Test
    void makingAKeyIsAuditedWithoutTheKeyOrItsHash() {
        String admin = keys.token("admin");
        Http.Response created = keys.create(
                admin, "Audited script", List.of("runs:read"), Instant.now().plus(10, ChronoUnit.DAYS));
        String key = created.body().get("key").asText();
        UUID id = UUID.fromString(created.body().get("api_key").get("id").asText());

        List<Map<String, Object>> entries = keys.rowsAsApp(
                keys.org.id(),
                "SELECT actor_id, new_value::text AS new_value FROM audit_log WHERE action = 'CreateApiKey'"
                        + " AND record_id = ?",
                id);

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("actor_id")).isEqualTo(keys.org.admin().userId());
        assertThat(entries.get(0).get("new_value").toString())
                .contains("Audited script")
                .doesNotContain(key.substring(13))
                .doesNotContain(sha256(key));
    }

    @Test
    void unknownScopesAMissingExpiryAndAnExpiryBeyondAYearAreRefusedAndMakeNothing() {
        String admin = keys.token("admin");
        Instant soon = Instant.now().plus(10, ChronoUnit.DAYS);
        int before = keys.rowsAsApp(keys.org.id(), "SELECT id FROM api_keys").size();

        Http.Response unknownScope = keys.create(admin, "Bad", List.of("samples:read", "samples:write"), soon);
        Http.Response noExpiry = keys.create(admin, "Bad", List.of("samples:read"), null);
        Http.Response tooLong =
                keys.create(admin, "Bad", List.of("samples:read"), Instant.now().plus(400, ChronoUnit.DAYS));
        Http.Response unknownInstrument =
                keys.create(admin, "Bad", List.of("results:write:" + UUID.randomUUID()), soon);

        assertThat(unknownScope.status()).isEqualTo(422);
        assertThat(unknownScope.code()).isEqualTo("unknown_scope");
        assertThat(unknownScope.message()).contains("samples:write");
        assertThat(noExpiry.status()).isEqualTo(422);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(unknownInstrument.status()).isEqualTo(422);
        assertThat(keys.rowsAsApp(keys.org.id(), "SELECT id FROM api_keys")).hasSize(before);
    }

    @Test
    void onlyAdminsMakeListOrRevokeKeys() {
        for (String person : List.of("pi", "engineer", "tech", "viewer")) {
            String token = keys.token(person);
            assertThat(List.of(
                            keys.create(
                                    token,
                                    "Mine",
                                    List.of("runs:read"),
                                    Instant.now().plus(1, ChronoUnit.DAYS)),
                            keys.http().get("/api/admin/api-keys", token),
                            keys.http().post("/api/admin/api-keys/" + UUID.randomUUID() + "/revoke", token, Map.of())))
                    .as(person)
                    .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(403));
        }
    }

    private static String sha256(String text) throws RuntimeException {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
