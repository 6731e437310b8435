package lab.spectra.server.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.org.Organization;
import lab.spectra.server.auth.login.LoginService;
import lab.spectra.server.db.TenantReads;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CurrentUsers;
import lab.spectra.server.http.ErrorBody;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.TryLater;

/** {@code /auth/*} and the public signing keys. */
public final class AuthRoutes {

    public record LoginRequest(String username, String password) {}

    public record RefreshRequest(String refreshToken) {}

    /**
     * What sign-out ends.
     *
     * @param refreshToken the session's refresh token, ended too (normally the caller's own)
     * @param everywhere   true ends every session of the caller, on every device
     */
    public record LogoutRequest(String refreshToken, Boolean everywhere) {}

    /**
     * A new password, proven with the current one (a temporary one included).
     *
     * @param newPassword must meet the organization's password policy
     */
    public record ChangePasswordRequest(String username, String password, String newPassword) {}

    public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {}

    public record Me(UUID id, String email, String name, String role, Map<String, Object> organization) {}

    public static void register(
            ApiRoutes routes, LoginService logins, JsonBodies bodies, TenantReads reads, String publicJwks) {
        routes.describeAnswer(HandlerType.POST, "/auth/login", TokenResponse.class);
        routes.describeAnswer(HandlerType.POST, "/auth/change-password", TokenResponse.class);
        routes.describeAnswer(HandlerType.POST, "/auth/refresh", TokenResponse.class);
        routes.describeAnswer(HandlerType.GET, "/auth/me", Me.class);
        routes.open(HandlerType.POST, "/auth/login", "Sign in with e-mail and password", LoginRequest.class, ctx -> {
            LoginRequest request = bodies.read(ctx, LoginRequest.class);
            if (request.username() == null || request.password() == null) {
                throw new ApiException(422, "invalid_input", "username and password are required");
            }
            answer(ctx, logins.login(request.username(), request.password().toCharArray(), ctx.ip()));
        });
        routes.open(
                HandlerType.POST,
                "/auth/change-password",
                "Replace a password (a temporary one must be, before signing in); answers like a sign-in",
                ChangePasswordRequest.class,
                ctx -> {
                    ChangePasswordRequest request = bodies.read(ctx, ChangePasswordRequest.class);
                    if (request.username() == null || request.password() == null || request.newPassword() == null) {
                        throw new ApiException(
                                422, "invalid_input", "username, password and new_password are required");
                    }
                    answer(
                            ctx,
                            logins.changePassword(
                                    request.username(),
                                    request.password().toCharArray(),
                                    request.newPassword().toCharArray(),
                                    ctx.ip()));
                });
        routes.open(
                HandlerType.POST,
                "/auth/refresh",
                "Exchange a refresh token for new tokens (rotates it)",
                RefreshRequest.class,
                ctx -> answer(
                        ctx,
                        logins.refresh(bodies.read(ctx, RefreshRequest.class).refreshToken())));
        routes.signedIn(
                HandlerType.POST,
                "/auth/logout",
                "Sign out: ends the caller's session (and that of the given refresh token) at once, its access"
                        + " tokens included; with everywhere=true every session of the caller",
                LogoutRequest.class,
                List.of(),
                204,
                (ctx, user) -> {
                    LogoutRequest request = bodies.readOptional(ctx, LogoutRequest.class);
                    if (request != null && Boolean.TRUE.equals(request.everywhere())) {
                        logins.logoutEverywhere(user, ctx.ip());
                    } else {
                        logins.logout(
                                user,
                                CurrentUsers.sessionOf(ctx).orElse(null),
                                request == null ? null : request.refreshToken(),
                                ctx.ip());
                    }
                    ctx.status(204);
                });
        routes.get("/auth/me", "Who is signed in", List.of(), (ctx, user) -> {
            Organization organization =
                    reads.organizationOf(user).orElseThrow(() -> ApiException.notFound("The organization"));
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("id", organization.id());
            org.put("slug", organization.slug());
            org.put("name", organization.name());
            ctx.json(new Me(
                    user.id(), user.email(), user.displayName(), user.role().wireName(), org));
        });
        routes.open(
                HandlerType.GET,
                "/.well-known/jwks.json",
                "Public keys that verify this server's tokens",
                null,
                ctx -> ctx.contentType("application/json").result(publicJwks));
    }

    static void answer(Context ctx, LoginService.LoginOutcome outcome) {
        if (outcome instanceof LoginService.SignedIn signedIn) {
            LoginService.Tokens tokens = signedIn.tokens();
            ctx.header("Cache-Control", "no-store");
            ctx.json(new TokenResponse(
                    tokens.accessToken(), tokens.refreshToken(), "bearer", tokens.expiresInSeconds()));
        } else if (outcome instanceof LoginService.Throttled throttled) {
            long seconds = TryLater.seconds(throttled.retryAfter());
            ApiException refused = TryLater.throttled(ctx, throttled.retryAfter());
            ctx.status(429)
                    .json(Map.of(
                            "code", refused.code(), "message", refused.getMessage(), "retry_after_seconds", seconds));
        } else if (outcome instanceof LoginService.Busy) {
            throw TryLater.busy(ctx);
        } else {
            LoginService.Refused refused = (LoginService.Refused) outcome;
            ctx.status(status(refused.code())).json(new ErrorBody(refused.code(), refused.message()));
        }
    }

    private static int status(String refusal) {
        return switch (refusal) {
            case LoginService.ACCOUNT_DISABLED, LoginService.PASSWORD_CHANGE_REQUIRED -> 403;
            case LoginService.PASSWORD_NOT_ACCEPTABLE -> 422;
            default -> 401;
        };
    }

    private AuthRoutes() {}
}
