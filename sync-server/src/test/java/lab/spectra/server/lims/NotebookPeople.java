package lab.spectra.server.lims;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.Organization;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;

/** A lab with a technician, an engineer and a PI on a {@link TestServer}, and notebook calls over HTTP. */
final class NotebookPeople {

    static final String PASSWORD = "the-right-password";

    final TestServer server;
    final String tech;
    final String engineer;
    final String pi;
    final String engineerId;

    NotebookPeople(TestServer server, String slug) {
        this.server = server;
        Organization lab = server.organization(slug);
        tech = person(lab, "tess@" + slug + ".test", Role.TECHNICIAN);
        engineer = person(lab, "eli@" + slug + ".test", Role.ENGINEER);
        pi = person(lab, "pia@" + slug + ".test", Role.PI);
        engineerId = server.http.get("/auth/me", engineer).body().get("id").asText();
    }

    private String person(Organization lab, String email, Role role) {
        server.account(lab, email, PASSWORD, role);
        return server.login(email, PASSWORD).body().get("access_token").asText();
    }

    Http.Response write(String token, String title, String body) {
        return server.http.post("/api/lims/eln", token, Map.of("title", title, "body_markdown", body));
    }

    String entry(String token, String title, String body) {
        Http.Response written = write(token, title, body);
        if (written.status() != 201) {
            throw new IllegalStateException("write answered " + written.status() + " " + written.body());
        }
        return written.body().get("id").asText();
    }

    Http.Response sign(String token, String entry, String meaning, String password, long version) {
        return server.http.post(
                "/api/lims/eln/" + entry + "/sign",
                token,
                Map.of("meaning", meaning, "password", password, "expected_row_version", version));
    }

    Http.Response editBody(String token, String entry, String newBody, Long version, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("body_markdown", Map.of("to", newBody));
        if (version != null) {
            body.put("expected_row_version", version);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return server.http.put("/api/lims/eln/" + entry, token, body);
    }

    JsonNode signatures(String token, String entry) {
        Http.Response response = server.http.get("/api/lims/eln/" + entry + "/signatures", token);
        if (response.status() != 200) {
            throw new IllegalStateException("signatures answered " + response.status() + " " + response.body());
        }
        return response.body();
    }

    JsonNode entryRow(String token, String entry) {
        for (JsonNode row :
                server.http.get("/api/lims/eln?limit=200", token).body().path("items")) {
            if (row.path("id").asText().equals(entry)) {
                return row;
            }
        }
        return null;
    }
}
