package lab.spectra.server.trust;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import io.javalin.http.Context;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.trust.IdentitySnapshot;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/**
 * What a bench needs to be trusted (ADR 0012): registering a person's device key, fetching their
 * signed identity snapshot, and escrowing the bench's database key; and the PI's list of changes
 * the server flagged for review.
 */
public final class TrustRoutes {

    /**
     * Registers the caller's device key for a workstation.
     *
     * @param publicKey a JWK: EC, P-256, public parameters only
     * @param proof     a compact JWS ({@code typ: spectra-device-key-proof+jws}, ES256) made with the
     *                  key itself, whose payload is {@code {"user", "ws", "key"}}: the caller's id, the
     *                  workstation id and the key's RFC 7638 thumbprint
     */
    public record KeyRegistration(UUID workstationId, JsonNode publicKey, String proof) {}

    /** The registered key, the caller's fresh identity snapshot, a time receipt, and the server's record keys. */
    public record RegisteredKey(
            String keyId, Instant registeredAt, String snapshot, String timeReceipt, JsonNode recordKeys) {}

    public record Snapshot(String snapshot, String timeReceipt) {}

    public record WorkstationKey(UUID workstationId, String databaseKey) {}

    public static void register(
            ApiRoutes routes,
            TrustService trust,
            JsonBodies bodies,
            ReviewQueries reviews,
            ObjectMapper mapper,
            String jwks,
            WorkstationGate workstations) {
        JsonNode recordKeys = recordKeys(mapper, jwks);
        routes.post(
                "/sync/device-keys",
                "Register the caller's device key for a workstation (ES256, P-256 public JWK, proven by a"
                        + " spectra-device-key-proof+jws the key signed); answers with the caller's signed identity"
                        + " snapshot and a time receipt",
                KeyRegistration.class,
                (ctx, user) -> {
                    KeyRegistration body = bodies.read(ctx, KeyRegistration.class);
                    if (body.workstationId() == null || body.publicKey() == null || body.proof() == null) {
                        throw ApiException.badRequest(
                                "invalid_body", "workstation_id, public_key and proof are all required");
                    }
                    workstations.admit(ctx, user, body.workstationId());
                    TrustService.Registration outcome = trust.register(
                            user, body.workstationId(), publicKey(body.publicKey()), body.proof(), ctx.ip());
                    if (outcome instanceof TrustService.Refused refused) {
                        throw new ApiException(refused.status(), refused.code(), refused.message());
                    }
                    TrustService.Registered registered = (TrustService.Registered) outcome;
                    ctx.status(201)
                            .json(new RegisteredKey(
                                    registered.keyId(),
                                    registered.registeredAt(),
                                    registered.snapshot().compact(),
                                    registered.timeReceipt(),
                                    recordKeys));
                });
        routes.get(
                "/sync/snapshot",
                "The caller's signed identity snapshot for the workstation named in X-Workstation-Id",
                List.of(),
                (ctx, user) -> {
                    UUID workstation = requireWorkstation(ctx);
                    workstations.admit(ctx, user, workstation);
                    IdentitySnapshot snapshot = trust.snapshot(user, workstation)
                            .orElseThrow(() -> ApiException.notFound("A registered key of yours for this workstation"));
                    ctx.json(new Snapshot(snapshot.compact(), trust.receiptFor(user.organizationId(), workstation)));
                });
        routes.put(
                "/sync/workstation-key",
                "Deposit a workstation's database key with the lab, once",
                WorkstationKey.class,
                (ctx, user) -> {
                    WorkstationKey body = bodies.read(ctx, WorkstationKey.class);
                    if (body.workstationId() == null
                            || body.databaseKey() == null
                            || !body.databaseKey().matches("[0-9a-f]{64}")) {
                        throw ApiException.badRequest(
                                "invalid_body", "workstation_id and a database_key of 64 hex digits are required");
                    }
                    workstations.admit(ctx, user, body.workstationId());
                    requireOwnKey(trust, user, body.workstationId());
                    if (!trust.depositWorkstationKey(user, body.workstationId(), body.databaseKey())) {
                        throw new ApiException(409, "already_exists", "This workstation's key was deposited before");
                    }
                    ctx.status(201).json(Map.of("workstation_id", body.workstationId()));
                });
        routes.get(
                "/sync/workstation-key",
                "The database key of the workstation named in X-Workstation-Id, for a person with a registered"
                        + " key there",
                List.of(),
                (ctx, user) -> {
                    UUID workstation = requireWorkstation(ctx);
                    workstations.admit(ctx, user, workstation);
                    requireOwnKey(trust, user, workstation);
                    String key = trust.workstationKey(user, workstation)
                            .orElseThrow(() -> ApiException.notFound("This workstation's key"));
                    ctx.json(new WorkstationKey(workstation, key));
                });
        routes.get(
                "/api/analysis/reviews",
                "Changes the server applied without being able to vouch for all they claim, with both times"
                        + " (PI or admin); ?open=false lists resolved ones too",
                List.of("open", "limit", "cursor"),
                (ctx, user) -> {
                    if (!user.asActor().may(Action.REVIEW_FLAGGED_WORK)) {
                        throw ApiException.forbidden("Only PIs and admins review flagged work");
                    }
                    boolean openOnly = !"false".equalsIgnoreCase(ctx.queryParam("open"));
                    ctx.json(reviews.page(user, new ReviewQueries.Filter(openOnly), Pages.request(ctx)));
                });
    }

    private static UUID requireWorkstation(Context ctx) {
        return Requests.workstationId(ctx)
                .orElseThrow(
                        () -> ApiException.badRequest("missing_header", "Name the workstation in X-Workstation-Id"));
    }

    private static void requireOwnKey(TrustService trust, UserAccount user, UUID workstation) {
        if (trust.snapshot(user, workstation).isEmpty()) {
            throw ApiException.forbidden("Register your key for this workstation first");
        }
    }

    private static ECKey publicKey(JsonNode json) {
        if (!json.isObject() || json.size() > 16) {
            throw ApiException.badRequest("invalid_key", "public_key must be a JWK object");
        }
        try {
            JWK key = JWK.parse(json.toString());
            if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                throw ApiException.badRequest("invalid_key", "public_key must be an EC P-256 key");
            }
            if (key.isPrivate()) {
                throw ApiException.badRequest("invalid_key", "Send the public half of the key only");
            }
            return ec;
        } catch (ParseException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.badRequest("invalid_key", "public_key is not a valid JWK");
        }
    }

    private static JsonNode recordKeys(ObjectMapper mapper, String jwks) {
        try {
            return Objects.requireNonNull(mapper.readTree(jwks));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The published key set is not JSON", e);
        }
    }

    private TrustRoutes() {}
}
