package lab.spectra.desktop.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.model.org.OrganizationSettings;

/**
 * An admin's calls about the lab as a whole: its workstations and its settings. Online only, with
 * the admin's session; nothing of it goes through the outbox.
 */
public final class AdminClient {

    /** A person who reached the server from a bench, and when last. */
    public record Person(UUID userId, String displayName, String email, Instant lastContactAt) {}

    /** A bench as the server met it; {@code revokedAt} is null while it is trusted. */
    public record LabWorkstation(
            UUID workstationId,
            String name,
            Instant firstContactAt,
            Instant lastContactAt,
            Instant revokedAt,
            String revokedReason,
            List<Person> people) {
        public LabWorkstation {
            people = List.copyOf(people);
        }

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    public record Revoked(UUID workstationId, Instant revokedAt, int deviceKeysRevoked, boolean alreadyRevoked) {}

    /** One line of an import file and what it records; a person's one-time password once imported. */
    public record ImportedLine(int line, String summary, String temporaryPassword) {}

    /** A line of an import file the server refused, and why. */
    public record RefusedLine(int line, String column, String code, String message) {}

    /** The server's answer to an import file: every line accepted (previewed or imported), or refused lines. */
    public sealed interface ImportAnswer {}

    public record ImportAccepted(boolean imported, List<ImportedLine> rows) implements ImportAnswer {
        public ImportAccepted {
            rows = List.copyOf(rows);
        }
    }

    public record ImportRefused(String message, List<RefusedLine> lines) implements ImportAnswer {
        public ImportRefused {
            lines = List.copyOf(lines);
        }
    }

    private record ImportBody(String kind, boolean dryRun, boolean imported, int records, List<ImportedLine> rows) {}

    private record WorkstationPage(List<LabWorkstation> items, UUID nextCursor) {}

    /** An API key of the lab as the server lists it: never the key itself. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LabApiKey(
            UUID id,
            String name,
            String prefix,
            List<String> scopes,
            Instant createdAt,
            String createdByName,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            String revokedByName) {

        public LabApiKey {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A key just made: {@code key} is its one appearance in full. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewApiKey(LabApiKey apiKey, String key) {}

    private record ApiKeyList(List<LabApiKey> items) {}

    private static final int PAGE = 200;

    private final ServerLink link;
    private final SessionCalls calls;

    public AdminClient(ServerLink link, SessionCalls calls) {
        this.link = link;
        this.calls = calls;
    }

    /** Every bench of the lab, page by page. */
    public List<LabWorkstation> workstations(ServerSession admin) {
        List<LabWorkstation> all = new ArrayList<>();
        UUID cursor = null;
        do {
            String path = "/api/admin/workstations?limit=" + PAGE + (cursor == null ? "" : "&cursor=" + cursor);
            WorkstationPage page = calls.call(
                    admin,
                    "to manage workstations",
                    current -> link.get(path, current.accessToken(), WorkstationPage.class));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    public Revoked revoke(ServerSession admin, UUID workstationId, String reason) {
        return calls.call(
                admin,
                "to revoke a workstation",
                current -> link.post(
                        "/api/admin/workstations/" + workstationId + "/revoke",
                        current.accessToken(),
                        Map.of("reason", reason),
                        Revoked.class));
    }

    /**
     * Sends an import file of the lab's people, instruments or samples: a preview ({@code dryRun})
     * or the import itself, all or nothing.
     *
     * @param kind the wire name: {@code people}, {@code instruments} or {@code samples}
     */
    public ImportAnswer importFile(ServerSession admin, String kind, byte[] file, boolean dryRun) {
        try {
            ImportBody body = calls.call(
                    admin,
                    "to import the lab's records",
                    current -> link.postFile(
                            "/api/admin/imports/" + kind + "?dry_run=" + dryRun,
                            current.accessToken(),
                            file,
                            "text/csv",
                            ImportBody.class));
            return new ImportAccepted(body.imported(), body.rows());
        } catch (ServerRefusedException refused) {
            if (!"import_refused".equals(refused.code())) {
                throw refused;
            }
            List<RefusedLine> lines = new ArrayList<>();
            for (JsonNode error : refused.answer().path("errors")) {
                lines.add(new RefusedLine(
                        error.path("line").asInt(),
                        error.path("column").asText(null),
                        error.path("code").asText(),
                        error.path("message").asText()));
            }
            return new ImportRefused(refused.getMessage(), lines);
        }
    }

    public List<LabApiKey> apiKeys(ServerSession admin) {
        return calls.call(
                        admin,
                        "to manage API keys",
                        current -> link.get("/api/admin/api-keys", current.accessToken(), ApiKeyList.class))
                .items();
    }

    public NewApiKey createApiKey(ServerSession admin, String name, List<String> scopes, Instant expiresAt) {
        return calls.call(
                admin,
                "to make an API key",
                current -> link.post(
                        "/api/admin/api-keys",
                        current.accessToken(),
                        Map.of("name", name, "scopes", scopes, "expires_at", expiresAt.toString()),
                        NewApiKey.class));
    }

    public LabApiKey revokeApiKey(ServerSession admin, UUID keyId) {
        return calls.call(
                admin,
                "to revoke an API key",
                current -> link.post(
                        "/api/admin/api-keys/" + keyId + "/revoke",
                        current.accessToken(),
                        Map.of("reason", "revoked on the bench"),
                        LabApiKey.class));
    }

    public OrganizationSettings settings(ServerSession admin) {
        return parsed(calls.call(
                admin,
                "to see the lab's settings",
                current -> link.get("/api/admin/settings", current.accessToken(), JsonNode.class)));
    }

    /** Saves the settings; the server's refusal (a 4xx) comes back as its message. */
    public OrganizationSettings save(ServerSession admin, OrganizationSettings settings) {
        ObjectNode body = link.mapper().createObjectNode();
        settings.writeTo(body);
        return parsed(calls.call(
                admin,
                "to change the lab's settings",
                current -> link.put("/api/admin/settings", current.accessToken(), body, JsonNode.class)));
    }

    private static OrganizationSettings parsed(JsonNode answer) {
        OrganizationSettings.Parsed parsed = OrganizationSettings.requested(answer);
        if (parsed instanceof OrganizationSettings.Valid valid) {
            return valid.settings();
        }
        throw new IllegalStateException("The server's settings are not readable: "
                + String.join("; ", ((OrganizationSettings.Invalid) parsed).problems()));
    }
}
