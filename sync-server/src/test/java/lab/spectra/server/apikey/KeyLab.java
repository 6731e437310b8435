package lab.spectra.server.apikey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.auth.login.LoginThrottleSettings;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import lab.spectra.server.testing.TestServer;

/**
 * A server of its own (so failed keys of one test class throttle no other) with one lab whose five
 * people sign in, keys made by its admin over HTTP, and a running run to send data to.
 */
final class KeyLab implements AutoCloseable {

    static final String PASSWORD = "key-lab-password-5Rw";

    final TestServer server;
    final ServerLab lab;
    final ServerLab.Org org;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** A running run of the technician and the instrument it runs on. */
    record RunningRun(UUID runId, UUID instrumentId) {}

    /** A lab whose throttle lets a test class make a few failed keys without being blocked. */
    KeyLab(String slug) {
        this(TestServer.start(builder -> builder.protection(lenient())), slug);
    }

    static ServerConfig.Protection lenient() {
        ServerConfig.Protection defaults = ServerConfig.Protection.defaults();
        LoginThrottleSettings strict = defaults.throttle();
        return new ServerConfig.Protection(
                defaults.trustedProxies(),
                defaults.maxUploadChunkBytes(),
                defaults.passwordHashingPermits(),
                defaults.housekeepingInterval(),
                new LoginThrottleSettings(
                        50,
                        100,
                        strict.verdictWindow(),
                        strict.failureWindow(),
                        strict.firstBlock(),
                        strict.maxBlock()));
    }

    KeyLab(TestServer server, String slug) {
        this.server = server;
        this.lab = new ServerLab(server.postgres);
        this.org = organization(slug);
    }

    ServerLab.Org organization(String slug) {
        return lab.createOrganization(
                slug, server.server.parts().passwordHasher().hash(PASSWORD.toCharArray()));
    }

    Http http() {
        return server.http;
    }

    String token(String person) {
        return token(org, person);
    }

    String token(ServerLab.Org organization, String person) {
        return tokens.computeIfAbsent(organization.id() + "/" + person, ignored -> signIn(organization, person));
    }

    private String signIn(ServerLab.Org organization, String person) {
        Http.Response response =
                server.login(person + "@" + organization.organization().slug() + ".test", PASSWORD);
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in failed for " + person + ": " + response.body());
        }
        return response.body().get("access_token").asText();
    }

    Http.Response create(String adminToken, String name, List<String> scopes, Instant expiresAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("scopes", scopes);
        body.put("expires_at", expiresAt == null ? null : expiresAt.toString());
        return server.http.post("/api/admin/api-keys", adminToken, body);
    }

    /** A key of the lab's admin with these scopes, valid for 90 days; the key text. */
    String key(String name, String... scopes) {
        return key(org, name, scopes);
    }

    String key(ServerLab.Org organization, String name, String... scopes) {
        Http.Response created = create(
                token(organization, "admin"),
                name,
                List.of(scopes),
                Instant.now().plus(90, ChronoUnit.DAYS));
        if (created.status() != 201) {
            throw new IllegalStateException("The key was not made: " + created.body());
        }
        return created.body().get("key").asText();
    }

    UUID idOf(String key) {
        return inTenant(org.id(), connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id FROM api_keys WHERE key_prefix = ?")) {
                select.setString(1, key.substring(4, 12));
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getObject(1, UUID.class);
                }
            }
        });
    }

    RunningRun runningRun(String instrumentName) {
        return runningRun(org, instrumentName);
    }

    RunningRun runningRun(ServerLab.Org organization, String instrumentName) {
        UUID instrument = lab.instrumentWithValidCalibration(organization, instrumentName, InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(organization, "Sweep on " + instrumentName, InstrumentKind.SMU);
        UUID sample = lab.sample(organization, "BC-" + Ids.newId());
        StartRun start =
                new StartRun(lab.meta(organization.technician()), Ids.newId(), recipe, instrument, sample, null);
        ServerLab.expectApplied(lab.run(start, organization.technician()));
        return new RunningRun(start.runId(), instrument);
    }

    Http.Response recordResult(String credential, UUID run, double value) {
        return server.http.post(
                "/api/analysis/runs/" + run + "/results",
                credential,
                Map.of("quantity", "resistance", "value", value, "unit", "ohm"));
    }

    /** Rows of a query run as the application role inside the organization (row-level security applies). */
    List<Map<String, Object>> rowsAsApp(UUID organization, String sql, Object... parameters) {
        return inTenant(organization, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet row = select.executeQuery()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (row.next()) {
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                            values.put(row.getMetaData().getColumnLabel(column), row.getObject(column));
                        }
                        rows.add(values);
                    }
                    return rows;
                }
            }
        });
    }

    /** A change made behind the server's back, as the owner inside the organization (e.g. an expiry passed). */
    void asOwner(UUID organization, String sql, Object... parameters) {
        try (Connection connection = server.postgres.ownerConnection()) {
            setTenant(connection, organization);
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T inTenant(UUID organization, Work<T> work) {
        try (Connection connection = server.postgres.appConnection()) {
            setTenant(connection, organization);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setTenant(Connection connection, UUID organization) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('app.current_org_id', ?, false)")) {
            set.setString(1, organization.toString());
            set.execute();
        }
    }

    @Override
    public void close() {
        lab.close();
        server.close();
    }
}
