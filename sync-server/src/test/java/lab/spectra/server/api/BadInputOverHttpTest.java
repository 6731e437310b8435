package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write endpoint answers bad input with a 4xx JSON error and writes nothing: malformed
 * JSON, unknown fields, values of the wrong type, a JSON array or null instead of an object, a
 * body over the size limit. Never a 500.
 */
class BadInputOverHttpTest {

    private static final DemoServer DEMO = DemoServer.get();
    private static final DemoIds IDS = new DemoIds(DEMO, "demo.lab");

    /** A write endpoint, one field of its body, and a value of the right type for it (as JSON). */
    record Endpoint(String method, String path, String textField, String validValue) {
        Endpoint(String method, String path, String textField) {
            this(method, path, textField, "\"x\"");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        String run = IDS.newRunningRun();
        return List.of(
                new Endpoint("POST", "/api/lims/samples", "name"),
                new Endpoint("POST", "/api/lims/wafers", "label"),
                new Endpoint("POST", "/api/lims/devices", "name"),
                new Endpoint("PUT", "/api/lims/devices/" + IDS.newDevice(), "name", "{\"from\": \"a\", \"to\": \"b\"}"),
                new Endpoint("POST", "/api/lims/recipes", "name"),
                new Endpoint("POST", "/api/lims/recipes/" + IDS.newDraftRecipe() + "/approve", "comment"),
                new Endpoint("POST", "/api/lims/recipes/" + IDS.newApprovedRecipe() + "/retire", "reason"),
                new Endpoint("POST", "/api/lims/custody", "from_custodian"),
                new Endpoint("POST", "/api/lims/eln", "title"),
                new Endpoint("PUT", "/api/lims/eln/" + IDS.newElnEntry(), "reason"),
                new Endpoint("POST", "/api/lims/eln/" + IDS.newElnEntry() + "/sign", "password"),
                new Endpoint("POST", "/api/lims/sops", "title"),
                new Endpoint("POST", "/api/lims/sops/" + IDS.newDraftSop() + "/approve", "expected_row_version", "1"),
                new Endpoint("POST", "/api/lims/sops/" + IDS.newApprovedSop() + "/retire", "reason"),
                new Endpoint("POST", "/api/lims/qualifications", "recipe_name"),
                new Endpoint("POST", "/api/lims/qualifications/" + IDS.newQualification() + "/revoke", "reason"),
                new Endpoint("POST", "/api/analysis/runs", "recipe_id", "\"" + UUID.randomUUID() + "\""),
                new Endpoint("POST", "/api/analysis/runs/" + run + "/results", "quantity"),
                new Endpoint("POST", "/api/analysis/runs/" + run + "/abort", "reason"),
                new Endpoint("POST", "/api/analysis/runs/" + run + "/review", "comment"),
                new Endpoint("POST", "/api/analysis/instruments", "name"),
                new Endpoint("POST", "/api/analysis/calibrations", "certificate_number"),
                new Endpoint("POST", "/api/analysis/calibrations/" + IDS.newCalibration() + "/revoke", "reason"),
                new Endpoint("POST", "/auth/login", "username"),
                new Endpoint("POST", "/auth/refresh", "refresh_token"));
    }

    private static long changes() {
        try (Connection owner = DEMO.postgres.ownerConnection();
                Statement statement = owner.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM change_log")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(Endpoint endpoint, String body, int status, String code) {
        long before = changes();
        Http.Response response = DEMO.http.send(endpoint.method(), endpoint.path(), IDS.token("admin"), body);
        assertThat(response.status()).as(endpoint + " with " + abbreviate(body)).isEqualTo(status);
        assertThat(response.code()).as(endpoint + " code").isEqualTo(code);
        assertThat(response.message()).as(endpoint + " message").isNotBlank();
        assertThat(changes()).as(endpoint + " wrote nothing").isEqualTo(before);
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "..." : body;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void malformedJsonIsA400(Endpoint endpoint) {
        assertRefused(endpoint, "{\"" + endpoint.textField() + "\": \"unterminated", 400, "malformed_json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anUnknownFieldIsA400(Endpoint endpoint) {
        assertRefused(
                endpoint,
                "{\"" + endpoint.textField() + "\": " + endpoint.validValue() + ", \"is_admin\": true}",
                400,
                "unknown_field");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aValueOfTheWrongTypeIsA400(Endpoint endpoint) {
        assertRefused(endpoint, "{\"" + endpoint.textField() + "\": [1, 2]}", 400, "wrong_type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anArrayInsteadOfAnObjectIsA400(Endpoint endpoint) {
        assertRefused(endpoint, "[1, 2, 3]", 400, "wrong_type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aBodyOverTheSizeLimitIsA413(Endpoint endpoint) {
        String huge = "{\"" + endpoint.textField() + "\": \"" + "x".repeat(70 * 1024) + "\"}";
        assertRefused(endpoint, huge, 413, "payload_too_large");
    }
}
