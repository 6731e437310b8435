package lab.spectra.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.availability.Hold;
import lab.spectra.model.availability.QualificationPermit;
import lab.spectra.model.availability.RunRequest;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.server.testing.DemoIds;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo technician may run the IV sweep and is no longer qualified on XRD (that qualification
 * expired after the demo's XRD runs); the engineer is qualified on both.
 */
class TheDemoTechnicianIsQualifiedOnTheIvSweepAndNotOnXrdTest {

    private final DemoServer demo = DemoServer.get();
    private final DemoIds ids = new DemoIds(demo, "demo.lab");
    private final ServerLab lab = new ServerLab(demo.postgres);

    @AfterEach
    void close() {
        lab.close();
    }

    /** The qualification hold of the person on the instrument with its kind's recipe, now. */
    private Optional<Hold> qualificationHold(String email, String instrumentName) {
        UUID organization = organizationOf(email);
        return lab.database.inTenant(organization, connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, organization, lab.mapper);
            UserAccount person =
                    state.<UserAccount>find(Table.USERS, "email = ?", email).get(0);
            Instrument instrument = state.instrumentByName(instrumentName).orElseThrow();
            Recipe recipe = state.<Recipe>find(
                            Table.RECIPES,
                            "instrument_kind = ?",
                            instrument.kind().name().toLowerCase(Locale.ROOT))
                    .get(0);
            return new QualificationPermit()
                    .check(new RunRequest(person.id(), person.displayName(), instrument, recipe, Instant.now()), state);
        });
    }

    @Test
    void theTechnicianIsQualifiedOnTheIvSweep() {
        assertThat(qualificationHold("tech@demo.lab", "SMU-01")).isEmpty();
    }

    @Test
    void theTechniciansXrdQualificationHasExpired() {
        assertThat(qualificationHold("tech@demo.lab", "XRD-01")).hasValueSatisfying(hold -> assertThat(hold.message())
                .matches(
                        "Tess Technician is not qualified on SOP XRD analysis v1 \u2014 expired \\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void theEngineerIsQualifiedOnBoth() {
        assertThat(qualificationHold("engineer@demo.lab", "SMU-01")).isEmpty();
        assertThat(qualificationHold("engineer@demo.lab", "XRD-01")).isEmpty();
    }

    @Test
    void theQualificationsAreListedOverTheApi() {
        Http.Response response =
                demo.http.get("/api/lims/qualifications?user_id=" + ids.userId("engineer"), ids.token("viewer"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("items"))
                .extracting(item -> item.get("instrument_kind").asText())
                .containsExactlyInAnyOrder("smu", "xrd");
    }

    /** The organization of a demo account, looked up as the login role does before a tenant is known. */
    private UUID organizationOf(String email) {
        return lab.database.asLoginRole(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT organization_id FROM spectra_find_login(?)")) {
                select.setString(1, email);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getObject(1, UUID.class);
                }
            }
        });
    }
}
