package lab.spectra.server.lims.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;

/** Recipe and SOP authoring as a script does it over REST, against the demo server. */
final class Authoring {

    final DemoServer demo;
    final DemoIds ids;

    Authoring(DemoServer demo, String domain) {
        this.demo = demo;
        this.ids = new DemoIds(demo, domain);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> sweep(double stopVolts) {
        return Map.of("start_v", -1.0, "stop_v", stopVolts, "step_v", 0.1, "compliance_a", 0.001);
    }

    Http.Response createRecipe(String person, String name, Map<String, Object> parameters, List<String> sopIds) {
        return demo.http.post(
                "/api/lims/recipes",
                ids.token(person),
                Map.of("name", name, "instrument_kind", "smu", "parameters", parameters, "sop_ids", sopIds));
    }

    String draftRecipe(String name, Map<String, Object> parameters) {
        return ids.created(createRecipe("engineer", name, parameters, List.of()));
    }

    JsonNode history(String recipe) {
        Http.Response response = demo.http.get("/api/lims/recipes/" + recipe + "/history", ids.token("viewer"));
        if (response.status() != 200) {
            throw new IllegalStateException("history answered " + response.status() + " " + response.body());
        }
        return response.body();
    }

    /** The version as the history shows it. */
    JsonNode version(String recipe) {
        for (JsonNode version : history(recipe).get("versions")) {
            if (version.get("id").asText().equals(recipe)) {
                return version;
            }
        }
        throw new IllegalStateException("No version " + recipe + " in its own history");
    }

    long rowVersion(String recipe) {
        return version(recipe).get("row_version").asLong();
    }

    Http.Response submit(String person, String recipe) {
        return demo.http.post(
                "/api/lims/recipes/" + recipe + "/submit",
                ids.token(person),
                Map.of("expected_row_version", rowVersion(recipe)));
    }

    Http.Response approve(String person, String recipe) {
        return demo.http.post(
                "/api/lims/recipes/" + recipe + "/approve",
                ids.token(person),
                Map.of("comment", "fine", "expected_row_version", rowVersion(recipe)));
    }

    Http.Response reject(String person, String recipe, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comment", comment);
        body.put("expected_row_version", rowVersion(recipe));
        return demo.http.post("/api/lims/recipes/" + recipe + "/reject", ids.token(person), body);
    }

    Http.Response editParameters(String person, String recipe, Map<String, Object> parameters) {
        JsonNode seen = version(recipe).get("parameters");
        return demo.http.put(
                "/api/lims/recipes/" + recipe,
                ids.token(person),
                Map.of("parameters", Map.of("from", seen, "to", parameters)));
    }

    Http.Response nextVersion(String person, String recipe, Map<String, Object> parameters) {
        return demo.http.post(
                "/api/lims/recipes/" + recipe + "/versions", ids.token(person), Map.of("parameters", parameters));
    }

    /** How many decisions were recorded on the recipe, read as the database's owner. */
    long decisionsOn(String recipe) {
        try (Connection owner = demo.postgres.ownerConnection();
                PreparedStatement select =
                        owner.prepareStatement("SELECT count(*) FROM recipe_approvals WHERE recipe_id = ?")) {
            select.setObject(1, UUID.fromString(recipe));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
