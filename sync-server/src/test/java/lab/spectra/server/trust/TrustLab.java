package lab.spectra.server.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.testing.MutableClock;
import lab.spectra.model.trust.CommandSeals;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.server.SyncServer;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;

/**
 * A real server on its own PostgreSQL database with a clock the test moves (days pass between a
 * bench's work and its sync), one organization of five people, and benches that register device
 * keys and sign their commands the way the desktop app does - written from the protocol, not
 * from the desktop's code.
 */
final class TrustLab implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";

    final ObjectMapper mapper = DomainJson.newMapper();
    final CommandSeals seals = new CommandSeals(mapper);
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    final PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
    final SyncServer server = SyncServer.start(DemoServer.config(postgres, false), clock);
    final Http http = new Http(server.baseUri());
    final ServerLab lab = new ServerLab(postgres);
    final ServerLab.Org org;
    private final Map<UUID, String> slugs = new HashMap<>();

    TrustLab(String slug) {
        org = organization(slug);
    }

    /** Another organization on the same server, its people signing in with the same password. */
    ServerLab.Org organization(String slug) {
        ServerLab.Org created = lab.createOrganization(slug, new PasswordHasher().hash(PASSWORD.toCharArray()));
        slugs.put(created.id(), slug);
        return created;
    }

    /**
     * An access token of the person, signed in once and again only when the server's clock has
     * moved on by more than a few minutes (sign-ins per account are capped per minute).
     */
    String token(Actor who) {
        Token held = tokens.get(who.userId());
        if (held != null
                && Duration.between(held.issuedAt(), clock.instant()).compareTo(Duration.ofMinutes(5)) < 0
                && !clock.instant().isBefore(held.issuedAt())) {
            return held.token();
        }
        Http.Response response = http.post("/auth/login", null, Map.of("username", email(who), "password", PASSWORD));
        if (response.status() != 200) {
            throw new IllegalStateException("Login failed for " + email(who) + ": " + response.body());
        }
        String token = response.body().get("access_token").asText();
        tokens.put(who.userId(), new Token(token, clock.instant()));
        return token;
    }

    private record Token(String token, Instant issuedAt) {}

    private final Map<UUID, Token> tokens = new HashMap<>();

    String email(Actor who) {
        return who.displayName().split(" of ", -1)[0] + "@" + slugs.get(who.organizationId()) + ".test";
    }

    Bench bench() {
        return new Bench();
    }

    /** One bench PC: its id, each person's device key and chain, and the latest time receipt. */
    final class Bench {
        final UUID workstationId = Ids.newId();
        final Map<UUID, ECKey> keys = new HashMap<>();
        final Map<UUID, Long> sequences = new HashMap<>();
        final Map<UUID, String> heads = new HashMap<>();
        String receipt;

        /** Registers a new key for the person, as an online sign-in does. */
        Http.Response register(Actor who) {
            ECKey key = DeviceKeys.generate();
            Http.Response response = http.post(
                    "/sync/device-keys",
                    token(who),
                    Map.of(
                            "workstation_id", workstationId.toString(),
                            "public_key", key.toPublicJWK().toJSONObject(),
                            "proof", DeviceKeys.proofOfPossession(key, who.userId(), workstationId)));
            if (response.status() == 201) {
                keys.put(who.userId(), key);
                sequences.put(who.userId(), 0L);
                heads.put(who.userId(), CommandMeta.GENESIS);
                receipt = response.body().get("time_receipt").asText();
            }
            return response;
        }

        CommandMeta meta(Actor author, Instant authoredAt) {
            return new CommandMeta(Ids.newId(), author.userId(), workstationId, authoredAt);
        }

        /** Places the command next in its author's chain, with the latest receipt, and signs it. */
        <C extends Command> C sign(C command) {
            UUID author = command.meta().authorId();
            ECKey key = keys.get(author);
            long sequence = sequences.get(author) + 1;
            Command chained =
                    command.withMeta(command.meta().chained(receipt, key.getKeyID(), sequence, heads.get(author)));
            @SuppressWarnings("unchecked")
            C signed = (C) seals.sign(chained, key);
            sequences.put(author, sequence);
            heads.put(author, seals.hash(signed));
            return signed;
        }

        Http.Response pushRaw(Actor pusher, String body) {
            return http.send(
                    "POST", "/sync/push", token(pusher), body, Map.of("X-Workstation-Id", workstationId.toString()));
        }

        PushResponse push(Actor pusher, Command... commands) {
            try {
                Http.Response response = pushRaw(pusher, mapper.writeValueAsString(new PushRequest(List.of(commands))));
                if (response.status() != 200) {
                    throw new IllegalStateException("push answered " + response.status() + " " + response.body());
                }
                PushResponse answer = mapper.treeToValue(response.body(), PushResponse.class);
                if (answer.timeReceipt() != null) {
                    receipt = answer.timeReceipt();
                }
                return answer;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    JsonNode reviews(Actor who) {
        return http.get("/api/analysis/reviews", token(who)).body().get("items");
    }

    @Override
    public void close() {
        server.close();
        lab.close();
        postgres.close();
    }
}
