package lab.spectra.server.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.SyncServer;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ProductionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code create-organization} opens a lab through the composition root, as the application role
 * of a production setup without the owner: its first admin can sign in over HTTP, and its audit
 * trail is checkpointed at once.
 */
class CreatingAnOrganizationFromTheCommandLineTest {

    private static final String PASSWORD = "first-admin-password";

    private PostgresTestDatabase postgres;
    private ProductionSetup production;

    @BeforeEach
    void database() {
        postgres = PostgresTestDatabase.createMigrated();
        production = new ProductionSetup(postgres);
    }

    @AfterEach
    void dropDatabase() {
        postgres.close();
    }

    @Test
    void theFirstAdminCanSignInAndTheNewTrailIsCheckpointed() throws Exception {
        Map<String, String> environment = production.environment(false);
        environment.put("SPECTRA_NEW_ADMIN_PASSWORD", PASSWORD);
        ProductionSetup.Run run =
                ProductionSetup.command(environment, "create-organization", "new-lab", "New Lab", "boss@new.lab");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Created organization new-lab");
        UUID organization = UUID.fromString(run.out().replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1"));

        try (SyncServer server =
                SyncServer.start(production.config(postgres.settings().withoutOwner()))) {
            Http.Response login = new Http(server.baseUri())
                    .post("/auth/login", null, Map.of("username", "boss@new.lab", "password", PASSWORD));
            assertThat(login.status()).isEqualTo(200);
        }
        assertThat(Files.isDirectory(production.checkpointDirectory().resolve(organization.toString())))
                .isTrue();
    }

    @Test
    void aShortPasswordIsRefusedBeforeAnythingIsMade() {
        Map<String, String> environment = production.environment(false);
        environment.put("SPECTRA_NEW_ADMIN_PASSWORD", "short");
        ProductionSetup.Run run =
                ProductionSetup.command(environment, "create-organization", "new-lab", "New Lab", "boss@new.lab");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("12 characters");
    }
}
