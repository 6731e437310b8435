package lab.spectra.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;
import lab.spectra.server.trust.WorkstationRegistry;

/**
 * The admin's routes for the lab as a whole (issue 13): its benches (list, revoke a lost one) and
 * its settings. Online only: nothing here travels through a bench's outbox. Every change is audited.
 */
public final class AdminRoutes {

    /** Why a bench is revoked: required, as for every regulated change. */
    public record Revocation(String reason) {}

    public record Revoked(UUID workstationId, Instant revokedAt, int deviceKeysRevoked, boolean alreadyRevoked) {}

    /** The settings, each a whole number; the OpenAPI document's picture of the body. */
    public record Settings(
            int offlineGraceDays,
            int offlineWindowDays,
            int calibrationWarningDays,
            int qualificationWarningDays,
            int attachmentLimitMb,
            int passwordMinLength,
            Integer keepPreviousVersionsApproved) {}

    public static final int MAX_REASON_LENGTH = 500;

    public static void register(
            ApiRoutes routes,
            WorkstationQueries workstations,
            WorkstationRegistry registry,
            OrganizationSettingsService settings,
            JsonBodies bodies,
            ObjectMapper mapper) {
        routes.get(
                "/api/admin/workstations",
                "The organization's benches that reached the server: name, first and last contact, who worked"
                        + " there, and whether they were revoked (admin)",
                List.of("limit", "cursor"),
                (ctx, user) -> {
                    requireAdmin(user, "see the lab's workstations");
                    ctx.json(workstations.page(user, Pages.request(ctx)));
                });
        routes.post(
                "/api/admin/workstations/{id}/revoke",
                "Revoke a lost or stolen bench (admin; a reason is required): its device keys are revoked, the"
                        + " changes it still sends are refused, and at its next contact it is answered 410"
                        + " workstation_revoked and deletes its local data; the caller's own bench is refused (409"
                        + " own_workstation)",
                Revocation.class,
                (ctx, user) -> {
                    requireAdmin(user, "revoke workstations");
                    UUID workstation = Requests.pathId(ctx, "The workstation");
                    if (Requests.workstationId(ctx).filter(workstation::equals).isPresent()) {
                        // It would wipe itself at once, with whatever it has not sent yet.
                        throw new ApiException(
                                409,
                                "own_workstation",
                                "This is the workstation you are using; revoke it from another one");
                    }
                    Revocation body = bodies.read(ctx, Revocation.class);
                    String reason = body.reason() == null ? "" : body.reason().strip();
                    if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
                        throw ApiException.badRequest(
                                "invalid_body",
                                "Say why the workstation is revoked (reason, 1 to " + MAX_REASON_LENGTH
                                        + " characters)");
                    }
                    WorkstationRegistry.RevokeOutcome outcome = registry.revoke(user, workstation, reason);
                    if (outcome instanceof WorkstationRegistry.Unknown) {
                        throw ApiException.notFound("The workstation");
                    }
                    WorkstationRegistry.Revoked revoked = (WorkstationRegistry.Revoked) outcome;
                    ctx.json(new Revoked(
                            revoked.workstationId(),
                            revoked.revocation().at(),
                            revoked.deviceKeys(),
                            revoked.before()));
                });
        routes.get("/api/admin/settings", "The organization's settings (admin)", List.of(), (ctx, user) -> {
            requireAdmin(user, "see the organization's settings");
            ctx.json(shown(mapper, settings.current(user)));
        });
        routes.put(
                "/api/admin/settings",
                "Replace the organization's settings (admin): every field, each a whole number in its range; the"
                        + " password's minimum length never below the server's. Benches receive them in their"
                        + " next signed identity snapshot",
                Settings.class,
                (ctx, user) -> {
                    requireAdmin(user, "change the organization's settings");
                    JsonNode body = bodies.read(ctx, JsonNode.class);
                    // A client from before a setting existed leaves it out; the organization keeps its value.
                    OrganizationSettings.Parsed parsed = OrganizationSettings.requested(body, settings.current(user));
                    if (parsed instanceof OrganizationSettings.Invalid invalid) {
                        throw ApiException.badRequest("invalid_settings", String.join("; ", invalid.problems()));
                    }
                    OrganizationSettings wanted = ((OrganizationSettings.Valid) parsed).settings();
                    ctx.json(shown(mapper, settings.update(user, wanted)));
                });
    }

    private static void requireAdmin(UserAccount user, String what) {
        if (!user.asActor().may(Action.MANAGE_SETTINGS)) {
            throw ApiException.forbidden("Only admins " + what);
        }
    }

    private static ObjectNode shown(ObjectMapper mapper, OrganizationSettings settings) {
        ObjectNode json = mapper.createObjectNode();
        settings.writeTo(json);
        return json;
    }

    private AdminRoutes() {}
}
