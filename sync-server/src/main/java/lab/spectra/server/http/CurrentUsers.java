package lab.spectra.server.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.org.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is calling: the token says which user, the account as it is now says what that user may do.
 * A role changed or an account disabled after the token was issued takes effect at once (the
 * account source forgets its copy of an account when it changes, ADR 0033).
 *
 * <p>Every 401 says the same, "not signed in": whether the token was missing, forged, expired,
 * of an ended session or of a removed account is written to the log, not told to the caller.
 */
public final class CurrentUsers {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentUsers.class);
    private static final String SESSION_ATTRIBUTE = CurrentUsers.class.getName() + ".session";
    public static final String NOT_SIGNED_IN = "not signed in";

    private final Authenticator authenticator;
    private final AccountSource accounts;

    public CurrentUsers(Authenticator authenticator, AccountSource accounts) {
        this.authenticator = authenticator;
        this.accounts = accounts;
    }

    public UserAccount require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw notSignedIn(ctx, "no bearer token");
        }
        Authenticator.Authentication authentication =
                authenticator.authenticate(header.substring(7).strip());
        if (authentication instanceof Authenticator.NotAuthenticated notAuthenticated) {
            throw notSignedIn(ctx, notAuthenticated.reason());
        }
        Authenticator.Authenticated authenticated = (Authenticator.Authenticated) authentication;
        UserAccount user = accounts.account(authenticated.organizationId(), authenticated.userId())
                .filter(account -> account.deletedAt() == null)
                .orElseThrow(() -> notSignedIn(ctx, "the account " + authenticated.userId() + " no longer exists"));
        if (!user.active()) {
            throw new ApiException(
                    403,
                    "account_disabled",
                    "The account of " + user.displayName() + " is disabled; an admin of your lab can enable it again"
                            + " under Administration > People");
        }
        if (authenticated.sessionId() != null) {
            ctx.attribute(SESSION_ATTRIBUTE, authenticated.sessionId());
        }
        return user;
    }

    /** The sign-in session of the caller's token, once {@link #require} has accepted it. */
    public static Optional<UUID> sessionOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION_ATTRIBUTE));
    }

    private static ApiException notSignedIn(Context ctx, String why) {
        LOG.debug("401 for {} {}: {}", ctx.method(), ctx.path(), why);
        return ApiException.unauthorized(NOT_SIGNED_IN);
    }

    public static Actor actorOf(UserAccount user) {
        return user.asActor();
    }
}
