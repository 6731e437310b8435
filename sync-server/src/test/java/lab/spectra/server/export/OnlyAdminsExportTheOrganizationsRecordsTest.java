package lab.spectra.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export is the admin's (action EXPORT_RECORDS): every other role is answered 403, nobody signed out gets it. */
class OnlyAdminsExportTheOrganizationsRecordsTest {

    private final DemoServer demo = DemoServer.get();

    @ParameterizedTest
    @ValueSource(strings = {"pi", "engineer", "tech", "viewer"})
    void otherRolesAreRefused(String person) {
        var answer = demo.http.get("/api/admin/export", demo.token(person + "@demo.lab"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("not_permitted");
    }

    @org.junit.jupiter.api.Test
    void nobodySignedOutGetsIt() {
        assertThat(demo.http.get("/api/admin/export", null).status()).isEqualTo(401);
    }
}
