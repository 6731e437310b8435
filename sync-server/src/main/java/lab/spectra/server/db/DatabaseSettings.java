package lab.spectra.server.db;

import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.jdbc.SqlDialect;

/**
 * Where the database is and the roles the server uses (docs/security.md):
 * <ul>
 *   <li>{@code app} serves requests, bound by row-level security;</li>
 *   <li>{@code login} may only call the few functions that work before a tenant is known (the
 *       sign-in look-up, a refresh token's tenant, the purge of expired tokens);</li>
 *   <li>{@code owner} owns the tables and runs migrations. Production {@code serve} runs without it
 *       (only {@code serve --migrate} uses it, then drops it), so it is optional.</li>
 * </ul>
 * On the embedded H2 database all three are the same local user.
 */
public record DatabaseSettings(String url, Credentials app, Credentials login, Optional<Credentials> owner) {

    /** A database role and its password; the password never appears in {@link #toString}. */
    public record Credentials(String user, String password) {

        public Credentials {
            Objects.requireNonNull(user, "user");
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return user;
        }
    }

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(owner, "owner");
    }

    /** Three roles, as production and the PostgreSQL tests use them. */
    public static DatabaseSettings of(String url, Credentials app, Credentials login, Credentials owner) {
        return new DatabaseSettings(url, app, login, Optional.of(owner));
    }

    /** One user for everything: the embedded H2 database. */
    public static DatabaseSettings singleUser(String url, String user, String password) {
        Credentials only = new Credentials(user, password);
        return new DatabaseSettings(url, only, only, Optional.of(only));
    }

    public String appUser() {
        return app.user();
    }

    /** The same database without the owner's credentials: what production serves with. */
    public DatabaseSettings withoutOwner() {
        return new DatabaseSettings(url, app, login, Optional.empty());
    }

    /** The same database with the application role for requests replaced, e.g. to test refusals. */
    public DatabaseSettings withApp(Credentials newApp) {
        return new DatabaseSettings(url, newApp, login, owner);
    }

    public SqlDialect dialect() {
        if (url.startsWith("jdbc:postgresql:")) {
            return SqlDialect.POSTGRESQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return SqlDialect.H2;
        }
        throw new IllegalArgumentException("Only PostgreSQL and H2 are supported, not " + url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", app=" + app + ", login=" + login + ", owner="
                + owner.map(Credentials::user).orElse("(none)") + "]";
    }
}
