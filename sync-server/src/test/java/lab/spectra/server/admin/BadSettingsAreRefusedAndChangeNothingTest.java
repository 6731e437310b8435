package lab.spectra.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Settings of the wrong type, out of range, incomplete, unknown, or loosening the password policy
 * below the server's floor are refused with a clear 400, and neither the settings nor the audit
 * trail change.
 */
class BadSettingsAreRefusedAndChangeNothingTest {

    private static final String VALID = "\"offline_grace_days\": 7, \"offline_window_days\": 7,"
            + " \"calibration_warning_days\": 14, \"qualification_warning_days\": 30, \"attachment_limit_mb\": 100";

    private final OwnLab lab = new OwnLab("bad-settings");
    private final Http http = lab.demo.http;

    @AfterEach
    void close() {
        lab.close();
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(
                        "a number as text", "{" + VALID + ", \"password_min_length\": \"14\"}", "password_min_length"),
                Arguments.of(
                        "a fraction",
                        "{\"offline_grace_days\": 7.5, \"offline_window_days\": 7, \"calibration_warning_days\": 14,"
                                + " \"qualification_warning_days\": 30, \"attachment_limit_mb\": 100,"
                                + " \"password_min_length\": 14}",
                        "offline_grace_days"),
                Arguments.of(
                        "a grace of no days",
                        "{\"offline_grace_days\": 0, \"offline_window_days\": 7, \"calibration_warning_days\": 14,"
                                + " \"qualification_warning_days\": 30, \"attachment_limit_mb\": 100,"
                                + " \"password_min_length\": 14}",
                        "offline_grace_days"),
                Arguments.of(
                        "an attachment limit beyond the range",
                        "{\"offline_grace_days\": 7, \"offline_window_days\": 7, \"calibration_warning_days\": 14,"
                                + " \"qualification_warning_days\": 30, \"attachment_limit_mb\": 999999,"
                                + " \"password_min_length\": 14}",
                        "attachment_limit_mb"),
                Arguments.of(
                        "a password policy looser than the server's",
                        "{" + VALID + ", \"password_min_length\": 8}",
                        "the server's minimum"),
                Arguments.of("a missing setting", "{" + VALID + "}", "password_min_length is required"),
                Arguments.of(
                        "an unknown setting",
                        "{" + VALID + ", \"password_min_length\": 14, \"allow_everything\": 1}",
                        "Unknown setting: allow_everything"),
                Arguments.of("a list instead of an object", "[7, 7]", "JSON object"));
    }

    private long settingsAudited() throws SQLException {
        try (Connection owner = lab.demo.postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement("SELECT count(*) FROM audit_log"
                        + " WHERE organization_id = ? AND action = 'UpdateOrganizationSettings'")) {
            select.setObject(1, lab.org.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void isRefusedWithItsReasonAndChangesNothing(String what, String body, String reason) throws SQLException {
        String admin = lab.token("admin");
        JsonNode before = http.get("/api/admin/settings", admin).body();

        Http.Response answer = http.send("PUT", "/api/admin/settings", admin, body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("invalid_settings");
        assertThat(answer.message()).contains(reason);
        assertThat(http.get("/api/admin/settings", admin).body()).isEqualTo(before);
        assertThat(settingsAudited()).isZero();
    }
}
