package lab.spectra.desktop.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.model.auth.Role;

/**
 * The lab's people, administered on the server with an admin's online session: never through the
 * outbox, so no password ever waits on a bench. Every call needs the server; without an online
 * session it fails with {@link NotSignedInException}.
 */
public final class PeopleClient {

    /** Said when the admin has no online session (signed in offline, or it ended). */
    public static final String ONLY_WHEN_CONNECTED =
            "People can be managed only when connected to the lab's server: sign in online to manage them";

    private static final String PEOPLE = "/api/admin/people";
    private static final int PAGE = 200;

    /** A person of the lab as the administration lists them. */
    public record Person(UUID id, String email, String name, Role role, boolean active) {}

    /**
     * A person with the one-time password to hand over (shown once).
     *
     * @param temporaryPassword must be replaced at the person's next sign-in
     */
    public record WithPassword(Person person, String temporaryPassword) {}

    private final ServerLink link;
    private final AuthClient auth;
    private final Sessions sessions;
    private final UUID admin;

    public PeopleClient(ServerLink link, AuthClient auth, Sessions sessions, UUID admin) {
        this.link = link;
        this.auth = auth;
        this.sessions = sessions;
        this.admin = admin;
    }

    /**
     * The lab's people, every page.
     *
     * @param role   only this role; null for all
     * @param active only active (true) or deactivated (false) people; null for both
     */
    public List<Person> list(Role role, Boolean active) {
        List<Person> people = new ArrayList<>();
        String cursor = null;
        do {
            StringBuilder query = new StringBuilder(PEOPLE + "?limit=" + PAGE);
            if (role != null) {
                query.append("&role=").append(role.wireName());
            }
            if (active != null) {
                query.append("&active=").append(active);
            }
            if (cursor != null) {
                query.append("&cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            }
            JsonNode page = withSession(token -> link.get(query.toString(), token, JsonNode.class));
            page.path("items").forEach(item -> people.add(person(item)));
            cursor = page.path("next_cursor").isTextual()
                    ? page.get("next_cursor").asText()
                    : null;
        } while (cursor != null);
        return people;
    }

    public WithPassword add(String email, String name, Role role) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("name", name);
        body.put("role", role == null ? null : role.wireName());
        return withPassword(withSession(token -> link.post(PEOPLE, token, body, JsonNode.class)));
    }

    public Person changeRole(UUID person, Role role) {
        return person(withSession(token -> link.put(
                        PEOPLE + "/" + person + "/role", token, Map.of("role", role.wireName()), JsonNode.class))
                .get("person"));
    }

    /** @param reason kept in the audit trail */
    public Person deactivate(UUID person, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return person(
                withSession(token -> link.post(PEOPLE + "/" + person + "/deactivate", token, body, JsonNode.class))
                        .get("person"));
    }

    public Person reactivate(UUID person) {
        return person(
                withSession(token -> link.post(PEOPLE + "/" + person + "/reactivate", token, Map.of(), JsonNode.class))
                        .get("person"));
    }

    /** A new temporary password; the person's sessions end and they choose their own at the next sign-in. */
    public WithPassword resetPassword(UUID person) {
        return withPassword(withSession(
                token -> link.post(PEOPLE + "/" + person + "/reset-password", token, Map.of(), JsonNode.class)));
    }

    private static WithPassword withPassword(JsonNode answer) {
        return new WithPassword(
                person(answer.get("person")), answer.path("temporary_password").asText(null));
    }

    private static Person person(JsonNode row) {
        return new Person(
                UUID.fromString(row.get("id").asText()),
                row.get("email").asText(),
                row.get("display_name").asText(),
                Role.fromWireName(row.get("role").asText()),
                row.get("active").asBoolean());
    }

    /** Calls with the admin's access token, renewed once if it expired. */
    private <T> T withSession(Function<String, T> call) {
        ServerSession session = sessions.of(admin).orElseThrow(() -> new NotSignedInException(ONLY_WHEN_CONNECTED));
        try {
            return call.apply(session.accessToken());
        } catch (NotSignedInException expired) {
            ServerSession renewed;
            try {
                renewed = auth.refresh(session);
            } catch (ServerUnreachableException notNow) {
                throw notNow;
            } catch (RuntimeException refused) {
                sessions.signedOut(admin);
                throw new NotSignedInException(ONLY_WHEN_CONNECTED);
            }
            sessions.renewed(renewed);
            return call.apply(renewed.accessToken());
        }
    }
}
