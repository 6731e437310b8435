package lab.spectra.server.db;

import java.util.Objects;
import lab.spectra.model.jdbc.SqlDialect;

/**
 * Where the database is and the two roles used: the owner runs migrations, the application role
 * serves requests. On the embedded H2 database both are the same local user.
 */
public record DatabaseSettings(String url, String appUser, String appPassword, String ownerUser, String ownerPassword) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(appUser, "appUser");
        Objects.requireNonNull(ownerUser, "ownerUser");
        appPassword = appPassword == null ? "" : appPassword;
        ownerPassword = ownerPassword == null ? "" : ownerPassword;
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
        return "DatabaseSettings[url=" + url + ", appUser=" + appUser + ", ownerUser=" + ownerUser + "]";
    }
}
