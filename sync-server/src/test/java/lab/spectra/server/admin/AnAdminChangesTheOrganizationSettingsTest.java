package lab.spectra.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An admin reads and replaces the lab's settings, audited with before and after; nobody else may. */
class AnAdminChangesTheOrganizationSettingsTest {

    private static final Map<String, Integer> TIGHTER = Map.of(
            "offline_grace_days", 2,
            "offline_window_days", 3,
            "calibration_warning_days", 21,
            "qualification_warning_days", 45,
            "attachment_limit_mb", 50,
            "password_min_length", 16);

    private final OwnLab lab = new OwnLab("settings");
    private final Http http = lab.demo.http;

    @AfterEach
    void close() {
        lab.close();
    }

    private List<String> audited() throws SQLException {
        try (Connection owner = lab.demo.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement("SELECT old_value ->> 'offline_grace_days',"
                        + " new_value ->> 'offline_grace_days' FROM audit_log"
                        + " WHERE organization_id = ? AND action = 'UpdateOrganizationSettings'")) {
            select.setObject(1, lab.org.id());
            try (ResultSet rows = select.executeQuery()) {
                List<String> changes = new ArrayList<>();
                while (rows.next()) {
                    changes.add(rows.getString(1) + " -> " + rows.getString(2));
                }
                return changes;
            }
        }
    }

    @Test
    void theNewSettingsAreReadBackAndTheChangeIsAudited() throws SQLException {
        String admin = lab.token("admin");
        assertThat(http.get("/api/admin/settings", admin)
                        .body()
                        .get("offline_grace_days")
                        .asInt())
                .isEqualTo(7);

        Http.Response answer = http.put("/api/admin/settings", admin, TIGHTER);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(http.get("/api/admin/settings", admin)
                        .body()
                        .get("password_min_length")
                        .asInt())
                .isEqualTo(16);
        assertThat(http.get("/api/admin/settings", admin)
                        .body()
                        .get("offline_grace_days")
                        .asInt())
                .isEqualTo(2);
        assertThat(audited()).containsExactly("7 -> 2");
    }

    @Test
    void onlyAnAdminReadsOrChangesThem() {
        for (String person : List.of("pi", "engineer", "tech", "viewer")) {
            String token = lab.token(person);
            assertThat(http.get("/api/admin/settings", token).status())
                    .as(person)
                    .isEqualTo(403);
            assertThat(http.put("/api/admin/settings", token, TIGHTER).status())
                    .as(person)
                    .isEqualTo(403);
        }
        assertThat(http.get("/api/admin/settings", lab.token("admin"))
                        .body()
                        .get("offline_grace_days")
                        .asInt())
                .isEqualTo(7);
    }
}
