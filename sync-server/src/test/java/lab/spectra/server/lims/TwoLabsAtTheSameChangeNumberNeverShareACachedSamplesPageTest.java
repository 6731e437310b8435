package lab.spectra.server.lims;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.Organization;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answer cache keys a samples page by organization as well as change number and request (ADR
 * 0033): two new labs set up alike stand at the same change number, ask the very same page, and
 * each is answered its own samples, before and after one of them changes.
 */
class TwoLabsAtTheSameChangeNumberNeverShareACachedSamplesPageTest {

    private static final String FIRST_PAGE = "/api/lims/samples?limit=100";

    private PostgresTestDatabase postgres;
    private SyncServer server;
    private Http http;

    @BeforeEach
    void start() {
        postgres = PostgresTestDatabase.createMigrated();
        server = SyncServer.start(DemoServer.config(postgres, false));
        http = new Http(server.baseUri());
    }

    @AfterEach
    void stop() {
        server.close();
        postgres.close();
    }

    @Test
    void eachLabIsAnsweredItsOwnSamplesAtTheSameChangeNumber() throws SQLException {
        Organization north = lab("north");
        Organization south = lab("south");
        UUID northSample = addSample(north, "N-1");
        UUID southSample = addSample(south, "S-1");
        assertThat(changeNumber(north)).isEqualTo(changeNumber(south));

        assertThat(ids(firstPage("north"))).containsExactly(northSample.toString());
        assertThat(ids(firstPage("south"))).containsExactly(southSample.toString());
        assertThat(ids(firstPage("north"))).containsExactly(northSample.toString());
    }

    @Test
    void aChangeInOneLabReachesItsNextAnswerAndLeavesTheOtherLabsAlone() throws SQLException {
        Organization north = lab("north");
        Organization south = lab("south");
        UUID northSample = addSample(north, "N-1");
        UUID southSample = addSample(south, "S-1");
        assertThat(ids(firstPage("north"))).containsExactly(northSample.toString());
        assertThat(ids(firstPage("south"))).containsExactly(southSample.toString());

        UUID secondNorthSample = addSample(north, "N-2");
        UUID secondSouthSample = addSample(south, "S-2");
        assertThat(changeNumber(north)).isEqualTo(changeNumber(south));

        assertThat(ids(firstPage("south"))).containsExactly(southSample.toString(), secondSouthSample.toString());
        assertThat(ids(firstPage("north"))).containsExactly(northSample.toString(), secondNorthSample.toString());
    }

    private Organization lab(String slug) {
        Organization organization = server.parts().provisioning().createOrganization(slug, "Lab " + slug, null);
        server.parts()
                .provisioning()
                .createUser(
                        organization.id(),
                        "tech@" + slug + ".test",
                        "Tech",
                        Role.TECHNICIAN,
                        server.parts().passwordHasher().hash("tech-pw".toCharArray()),
                        null);
        return organization;
    }

    private UUID addSample(Organization organization, String barcode) {
        UUID id = Ids.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        server.parts()
                .commands()
                .insertSystemRows(
                        organization.id(),
                        null,
                        "test:CreateSample",
                        List.of(new Sample(
                                id,
                                organization.id(),
                                "Sample " + barcode,
                                barcode,
                                null,
                                "Cabinet",
                                SampleStatus.AVAILABLE,
                                null,
                                null,
                                null,
                                now,
                                now,
                                null,
                                1,
                                null,
                                null)));
        return id;
    }

    private Http.Response firstPage(String slug) {
        String token = http.post(
                        "/auth/login", null, Map.of("username", "tech@" + slug + ".test", "password", "tech-pw"))
                .body()
                .get("access_token")
                .asText();
        Http.Response page = http.get(FIRST_PAGE, token);
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    private static List<String> ids(Http.Response page) {
        return page.body().get("items").findValuesAsText("id");
    }

    private long changeNumber(Organization organization) throws SQLException {
        try (Connection owner = postgres.ownerConnection();
                PreparedStatement select = owner.prepareStatement(
                        "SELECT last_change_number FROM org_sync_state WHERE organization_id = ?")) {
            select.setObject(1, organization.id());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        }
    }
}
