package lab.spectra.server.testing;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.server.SyncServer;

/**
 * A lab whose people sign in through the company's identity provider: the provider, an
 * organization (with the usual five password people) and a real server configured for that
 * provider and organization, on PostgreSQL as the application role.
 */
public final class LabWithItsIdentityProvider implements AutoCloseable {

    public final CompanyIdentityProvider provider;
    public final ServerLab lab;
    public final ServerLab.Org org;
    public final SyncServer server;
    public final Http http;
    private final PostgresTestDatabase ownDatabase;

    private LabWithItsIdentityProvider(
            CompanyIdentityProvider provider,
            ServerLab lab,
            ServerLab.Org org,
            SyncServer server,
            PostgresTestDatabase ownDatabase) {
        this.provider = provider;
        this.lab = lab;
        this.org = org;
        this.server = server;
        this.http = new Http(server.baseUri());
        this.ownDatabase = ownDatabase;
    }

    /** On a fresh database of its own. */
    public static LabWithItsIdentityProvider start(String slug) {
        PostgresTestDatabase postgres = PostgresTestDatabase.createMigrated();
        try {
            return start(postgres, slug, "not-a-real-hash", postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /**
     * A second server on an existing database (e.g. the one the desktop tests share), for an
     * organization made there whose password people sign in with {@code passwordHash}.
     */
    public static LabWithItsIdentityProvider startOn(PostgresTestDatabase postgres, String slug, String passwordHash) {
        return start(postgres, slug, passwordHash, null);
    }

    private static LabWithItsIdentityProvider start(
            PostgresTestDatabase postgres, String slug, String passwordHash, PostgresTestDatabase owned) {
        CompanyIdentityProvider provider = CompanyIdentityProvider.start("company");
        ServerLab lab = new ServerLab(postgres);
        try {
            ServerLab.Org org = lab.createOrganization(
                    slug + "-" + UUID.randomUUID().toString().substring(0, 8), passwordHash);
            SyncServer server = SyncServer.start(DemoServer.config(postgres, false).toBuilder()
                    .oidc(Optional.of(provider.serverSettings(org.id())))
                    .build());
            return new LabWithItsIdentityProvider(provider, lab, org, server, owned);
        } catch (RuntimeException e) {
            lab.close();
            provider.close();
            throw e;
        }
    }

    /** A person signs in at the provider, and the token is exchanged for the server's own tokens. */
    public Http.Response exchange(String subject, Map<String, Object> claims) {
        return exchange(provider.signIn(subject, claims));
    }

    public Http.Response exchange(String providerAccessToken) {
        return http.post("/auth/oidc/exchange", null, Map.of("access_token", providerAccessToken));
    }

    @Override
    public void close() {
        server.close();
        lab.close();
        provider.close();
        if (ownDatabase != null) {
            ownDatabase.close();
        }
    }
}
