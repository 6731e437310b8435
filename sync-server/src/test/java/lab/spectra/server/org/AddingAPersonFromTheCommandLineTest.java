package lab.spectra.server.org;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@code create-user} adds a person to a lab with a temporary password, printed once or read from
 * standard input (held to the policy); the person must choose their own at the first sign-in.
 */
class AddingAPersonFromTheCommandLineTest {

    private PostgresTestDatabase postgres;
    private ProductionSetup production;
    private UUID organization;

    @BeforeEach
    void aLab() {
        postgres = PostgresTestDatabase.createMigrated();
        production = new ProductionSetup(postgres);
        Map<String, String> environment = production.environment(false);
        environment.put("SPECTRA_NEW_ADMIN_PASSWORD", "first-admin-password");
        ProductionSetup.Run run =
                ProductionSetup.command(environment, "create-organization", "cli-lab", "CLI Lab", "boss@cli.lab");
        assertThat(run.exitCode()).as(run.err()).isZero();
        organization = UUID.fromString(run.out().replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1"));
    }

    @AfterEach
    void dropDatabase() {
        postgres.close();
    }

    @Test
    void theGeneratedPasswordIsPrintedOnceAndMustBeChangedAtFirstSignIn() {
        ProductionSetup.Run run = ProductionSetup.command(
                production.environment(false),
                "create-user",
                organization.toString(),
                "tess@cli.lab",
                "technician",
                "Tess",
                "Technician");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String temporary = run.out().replaceAll("(?s).*Temporary password[^:]*: (\\S+).*", "$1");
        try (SyncServer server =
                SyncServer.start(production.config(postgres.settings().withoutOwner()))) {
            Http http = new Http(server.baseUri());
            Http.Response login =
                    http.post("/auth/login", null, Map.of("username", "tess@cli.lab", "password", temporary));
            assertThat(login.code()).isEqualTo("password_change_required");
            Http.Response changed = http.post(
                    "/auth/change-password",
                    null,
                    Map.of("username", "tess@cli.lab", "password", temporary, "new_password", "tess-chose-this-1"));
            assertThat(changed.status()).isEqualTo(200);
            assertThat(http.get("/auth/me", changed.body().get("access_token").asText())
                            .body()
                            .get("name")
                            .asText())
                    .isEqualTo("Tess Technician");
        }
    }

    @Test
    void aPasswordFromStandardInputIsHeldToThePolicyAndNotPrinted() {
        ProductionSetup.Run weak = ProductionSetup.commandWithInput(
                production.environment(false),
                "short\n",
                "create-user",
                organization.toString(),
                "pat@cli.lab",
                "pi",
                "Pat",
                "--password-from-stdin");
        ProductionSetup.Run good = ProductionSetup.commandWithInput(
                production.environment(false),
                "pat-temporary-secret-7\n",
                "create-user",
                organization.toString(),
                "pat@cli.lab",
                "pi",
                "Pat",
                "--password-from-stdin");

        assertThat(weak.exitCode()).isEqualTo(1);
        assertThat(weak.err()).contains("12 characters");
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out()).contains("Created pat@cli.lab (pi)").doesNotContain("pat-temporary-secret-7");
    }

    @Test
    void anUnknownRoleOrOrganizationIsRefused() {
        ProductionSetup.Run role = ProductionSetup.command(
                production.environment(false), "create-user", organization.toString(), "x@cli.lab", "boss", "X");
        ProductionSetup.Run lab = ProductionSetup.command(
                production.environment(false), "create-user", UUID.randomUUID().toString(), "x@cli.lab", "pi", "X");

        assertThat(role.exitCode()).isEqualTo(1);
        assertThat(role.err()).contains("Unknown role");
        assertThat(lab.exitCode()).isEqualTo(1);
        assertThat(lab.err()).contains("No organization");
    }
}
