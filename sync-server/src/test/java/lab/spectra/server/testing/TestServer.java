package lab.spectra.server.testing;

import java.util.Map;
import java.util.function.UnaryOperator;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;

/**
 * A real server of its own on a fresh PostgreSQL database (development settings, no demo data),
 * for test classes that need accounts nobody else signs in to, or settings of their own.
 */
public final class TestServer implements AutoCloseable {

    public final PostgresTestDatabase postgres;
    public final SyncServer server;
    public final Http http;

    private TestServer(PostgresTestDatabase postgres, SyncServer server) {
        this.postgres = postgres;
        this.server = server;
        this.http = new Http(server.baseUri());
    }

    public static TestServer start() {
        return start(builder -> builder);
    }

    /** With settings adjusted, e.g. {@code b -> b.protection(...)}. */
    public static TestServer start(UnaryOperator<ServerConfig.Builder> adjust) {
        PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
        try {
            ServerConfig config =
                    adjust.apply(DemoServer.config(postgres, false).toBuilder()).build();
            return new TestServer(postgres, SyncServer.start(config));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    public Organization organization(String slug) {
        return server.parts().provisioning().createOrganization(slug, slug + " lab", null);
    }

    /** An account that signs in with {@code password}. */
    public UserAccount account(Organization organization, String email, String password, Role role) {
        return server.parts()
                .provisioning()
                .createUser(
                        organization.id(),
                        email,
                        email,
                        role,
                        server.parts().passwordHasher().hash(password.toCharArray()),
                        null);
    }

    public Http.Response login(String email, String password) {
        return http.post("/auth/login", null, Map.of("username", email, "password", password));
    }

    @Override
    public void close() {
        server.close();
        postgres.close();
    }
}
