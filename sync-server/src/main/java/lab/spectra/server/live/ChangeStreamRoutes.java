package lab.spectra.server.live;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.auth.token.AccessTokenVerifier;
import lab.spectra.server.auth.token.TokenVerification;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CurrentUsers;
import lab.spectra.server.trust.WorkstationGate;

/**
 * {@code GET /sync/events}: the caller's organization's live updates as server-sent events (ADR
 * 0034). Each event says the organization's change number has advanced; the bench then pulls as
 * it always does. People only (an API key is refused like on every sync route).
 */
public final class ChangeStreamRoutes {

    public static final String PATH = "/sync/events";
    static final String EVENT_STREAM = "text/event-stream";
    private static final long RETRY_AFTER_SECONDS = 30;

    public static void register(
            ApiRoutes routes,
            OrganizationChanges changes,
            AccessTokenVerifier verifier,
            WorkstationGate workstations,
            Clock clock) {
        routes.get(
                PATH,
                "Live updates of the caller's organization as server-sent events (Accept: text/event-stream): an"
                        + " event 'change' (id and data: the organization's new change number) whenever a change"
                        + " commits, coalesced, and a comment line every 15 s while quiet. Pull (GET /sync/pull) on"
                        + " each event; nothing else is sent. The stream ends when the access token expires or the"
                        + " session ends: connect again with a fresh token. Answered 406 without that Accept"
                        + " header, and 503 too_many_streams (with Retry-After) when this server holds as many"
                        + " streams as it allows; poll meanwhile",
                List.of(),
                (ctx, user) -> open(ctx, user, changes, verifier, workstations, clock));
    }

    private static void open(
            Context ctx,
            UserAccount user,
            OrganizationChanges changes,
            AccessTokenVerifier verifier,
            WorkstationGate workstations,
            Clock clock) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains(EVENT_STREAM)) {
            throw new ApiException(
                    406,
                    "not_acceptable",
                    "This is a stream of server-sent events: ask for it with Accept: " + EVENT_STREAM);
        }
        workstations.admit(ctx, user);
        Instant expiresAt = tokenExpiry(ctx, verifier, clock);
        Optional<UUID> session = CurrentUsers.sessionOf(ctx);
        OrganizationChanges.Reservation place = changes.reserve(user.organizationId())
                .orElseThrow(() -> {
                    ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                    return new ApiException(
                            503,
                            "too_many_streams",
                            "This server holds as many live-update streams as it allows; poll /sync/pull and try"
                                    + " again later");
                });
        try {
            ctx.res().setStatus(200);
            ctx.res().setCharacterEncoding("UTF-8");
            ctx.res().setContentType(EVENT_STREAM);
            ctx.res().setHeader("Cache-Control", "no-cache");
            // Asks nginx and its like not to buffer the stream (see the production guide).
            ctx.res().setHeader("X-Accel-Buffering", "no");
            ctx.async(config -> config.timeout = 0, () -> {
                SseClient client = new SseClient(ctx);
                client.keepAlive();
                place.attach(session.orElse(null), expiresAt, new SseSink(client));
                // The answer's head goes out only now: a caller that has it is already told of
                // every change committed from here on.
                ctx.res().flushBuffer();
            });
        } catch (Exception e) {
            place.release();
            throw new IllegalStateException("The live-update stream could not be opened", e);
        }
    }

    /** When the caller's access token expires: the stream ends then, and the bench reconnects. */
    private static Instant tokenExpiry(Context ctx, AccessTokenVerifier verifier, Clock clock) {
        String header = ctx.header("Authorization");
        String token = header == null
                ? ""
                : header.substring(Math.min(header.length(), 7)).strip();
        // A token past its expiry is still accepted within the allowed clock skew, but a stream
        // opened with it would end at once: refused, so that the bench renews it first.
        if (verifier.verify(token) instanceof TokenVerification.Verified verified
                && verified.claims().expiresAt().isAfter(clock.instant())) {
            return verified.claims().expiresAt();
        }
        throw ApiException.unauthorized(CurrentUsers.NOT_SIGNED_IN);
    }

    private ChangeStreamRoutes() {}
}
