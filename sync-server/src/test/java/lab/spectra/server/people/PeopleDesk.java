package lab.spectra.server.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;

/**
 * A server of its own with one lab whose admin manages people over HTTP, as the People screen
 * does; and looks at what the database holds (as the owner) that the API does not show.
 */
final class PeopleDesk implements AutoCloseable {

    static final String PASSWORD = "a-long-enough-passphrase-9";

    final TestServer server = TestServer.start();
    final Organization lab;
    final UserAccount admin;

    PeopleDesk(String slug) {
        lab = server.organization(slug);
        admin = server.account(lab, "admin@" + slug + ".test", PASSWORD, Role.ADMIN);
    }

    Http http() {
        return server.http;
    }

    String token(String email, String password) {
        Http.Response response = server.login(email, password);
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in failed for " + email + ": " + response.body());
        }
        return response.body().get("access_token").asText();
    }

    String adminToken() {
        return token(admin.email(), PASSWORD);
    }

    UserAccount account(String email, Role role) {
        return server.account(lab, email, PASSWORD, role);
    }

    Http.Response add(String token, String email, String name, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("name", name);
        body.put("role", role);
        return server.http.post("/api/admin/people", token, body);
    }

    Http.Response changeRole(String token, UUID person, String role) {
        return server.http.put("/api/admin/people/" + person + "/role", token, Map.of("role", role));
    }

    Http.Response deactivate(String token, UUID person, String reason) {
        return server.http.post("/api/admin/people/" + person + "/deactivate", token, Map.of("reason", reason));
    }

    Http.Response changePassword(String email, String current, String chosen) {
        return server.http.post(
                "/auth/change-password", null, Map.of("username", email, "password", current, "new_password", chosen));
    }

    /** The audit trail's actions on one record, oldest first. */
    List<String> auditedActions(UUID recordId) throws SQLException {
        return column("SELECT action FROM audit_log WHERE record_id = ? ORDER BY sequence", recordId);
    }

    List<String> column(String sql, Object parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection owner = server.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    @Override
    public void close() {
        server.close();
    }
}
