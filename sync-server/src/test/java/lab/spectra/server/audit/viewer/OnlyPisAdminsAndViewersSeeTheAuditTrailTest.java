package lab.spectra.server.audit.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit viewer is for PIs, admins and viewers (the inspector's account); technicians and
 * engineers are refused every route of it, and nothing is started for them.
 */
class OnlyPisAdminsAndViewersSeeTheAuditTrailTest {

    private static OwnLab own;
    private static UUID sample;

    @BeforeAll
    static void lab() {
        own = new OwnLab("audit-roles");
        sample = own.lab.sample(own.org, "AR-1");
    }

    @AfterAll
    static void close() {
        own.close();
    }

    private List<String> reads() {
        return List.of(
                "/api/audit/entries",
                "/api/audit/records/samples/" + sample,
                "/api/audit/entries.csv",
                "/api/audit/entries.pdf",
                "/api/audit/verifications/" + UUID.randomUUID());
    }

    @Test
    void techniciansAndEngineersAreRefused() {
        for (String person : List.of("tech", "engineer")) {
            String token = own.token(person);
            for (String path : reads()) {
                Http.Response response = own.demo.http.get(path, token);
                assertThat(response.status()).as(person + " " + path).isEqualTo(403);
                assertThat(response.code()).isEqualTo("not_permitted");
            }
            assertThat(own.demo.http.post("/api/audit/verifications", token, "").status())
                    .isEqualTo(403);
        }
    }

    @Test
    void viewersPisAndAdminsReadIt() {
        for (String person : List.of("viewer", "pi", "admin")) {
            String token = own.token(person);
            assertThat(own.demo.http.get("/api/audit/entries", token).status())
                    .as(person)
                    .isEqualTo(200);
            assertThat(own.demo
                            .http
                            .get("/api/audit/records/samples/" + sample, token)
                            .status())
                    .as(person)
                    .isEqualTo(200);
            assertThat(own.demo.http.post("/api/audit/verifications", token, "").status())
                    .as(person)
                    .isEqualTo(202);
        }
    }
}
