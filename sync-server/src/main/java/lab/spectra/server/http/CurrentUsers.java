package lab.spectra.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;

/**
 * Who is calling: the token says which user, the database says what that user may do now. A
 * role changed or an account disabled after the token was issued takes effect at once.
 */
public final class CurrentUsers {

    private final Authenticator authenticator;
    private final Database database;
    private final ObjectMapper mapper;

    public CurrentUsers(Authenticator authenticator, Database database, ObjectMapper mapper) {
        this.authenticator = authenticator;
        this.database = database;
        this.mapper = mapper;
    }

    public UserAccount require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiException.unauthorized("Sign in first: the request has no bearer token");
        }
        Authenticator.Authentication authentication =
                authenticator.authenticate(header.substring(7).strip());
        if (authentication instanceof Authenticator.NotAuthenticated notAuthenticated) {
            throw ApiException.unauthorized("The access token is not valid: " + notAuthenticated.reason());
        }
        Authenticator.Authenticated authenticated = (Authenticator.Authenticated) authentication;
        List<UserAccount> found = database.inTenant(authenticated.organizationId(), connection -> new JdbcDomainState(
                        connection, authenticated.organizationId(), mapper)
                .find(Table.USERS, "id = ?", authenticated.userId()));
        if (found.isEmpty() || found.get(0).deletedAt() != null) {
            throw ApiException.unauthorized("This account no longer exists");
        }
        UserAccount user = found.get(0);
        if (!user.active()) {
            throw new ApiException(
                    403,
                    "account_disabled",
                    "The account of " + user.displayName() + " is disabled; ask an admin to enable it again");
        }
        return user;
    }

    public static Actor actorOf(UserAccount user) {
        return user.asActor();
    }
}
