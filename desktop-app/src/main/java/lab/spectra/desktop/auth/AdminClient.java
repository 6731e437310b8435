package lab.spectra.desktop.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.net.ServerLink;
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

    private record WorkstationPage(List<LabWorkstation> items, UUID nextCursor) {}

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
