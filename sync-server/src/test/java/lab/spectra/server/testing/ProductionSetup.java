package lab.spectra.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lab.spectra.server.ServerMain;
import lab.spectra.server.auth.token.SigningAlgorithm;
import lab.spectra.server.config.Mode;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.db.DatabaseSettings;

/**
 * Production mode on a test database, as an operator sets it up: the settings an environment
 * file would hold, or the same as a built configuration, and the command line run with them.
 */
public final class ProductionSetup {

    private final PostgresTestDatabase postgres;
    private final Path dataDirectory;

    public ProductionSetup(PostgresTestDatabase postgres) {
        this.postgres = postgres;
        try {
            this.dataDirectory = Files.createTempDirectory("spectra-prod-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where the server writes its audit checkpoints by default. */
    public Path checkpointDirectory() {
        return dataDirectory.resolve("server").resolve("audit-checkpoints");
    }

    /** The environment of a production server, with or without the owner's credentials. */
    public Map<String, String> environment(boolean withOwner) {
        DatabaseSettings settings = postgres.settings();
        Map<String, String> environment = new HashMap<>();
        environment.put("SPECTRA_MODE", "prod");
        environment.put("SPECTRA_DATA_DIR", dataDirectory.toString());
        environment.put("SPECTRA_HOST", "127.0.0.1");
        environment.put("SPECTRA_PORT", "0");
        environment.put("SPECTRA_ISSUER", "https://lims.example.org");
        environment.put("DATABASE_URL", settings.url());
        environment.put("DATABASE_APP_USER", settings.app().user());
        environment.put("DATABASE_APP_PASSWORD", settings.app().password());
        environment.put("DATABASE_LOGIN_USER", settings.login().user());
        environment.put("DATABASE_LOGIN_PASSWORD", settings.login().password());
        if (withOwner) {
            DatabaseSettings.Credentials owner = settings.owner().orElseThrow();
            environment.put("DATABASE_OWNER_USER", owner.user());
            environment.put("DATABASE_OWNER_PASSWORD", owner.password());
        }
        return environment;
    }

    /** A production configuration on the given database settings, ES256 keys under the data directory. */
    public ServerConfig config(DatabaseSettings database) {
        return ServerConfig.builder(Mode.PROD, database, dataDirectory)
                .listener(new ServerConfig.Listener("127.0.0.1", 0, 65536))
                .tokens(new ServerConfig.Tokens(
                        "https://lims.example.org",
                        "spectra-lab",
                        SigningAlgorithm.ES256,
                        "",
                        dataDirectory.resolve("server").resolve("signing-keys.jwks.json"),
                        Duration.ofMinutes(15),
                        Duration.ofDays(14)))
                .build();
    }

    /** What a command printed and how it ended. */
    public record Run(ServerMain.Outcome outcome, String out, String err) {
        public int exitCode() {
            return ((ServerMain.Finished) outcome).exitCode();
        }
    }

    /** Runs one command of the server's command line with the given environment. */
    public static Run command(Map<String, String> environment, String... arguments) {
        return commandWithInput(environment, "", arguments);
    }

    /** Runs one command with {@code input} on its standard input. */
    public static Run commandWithInput(Map<String, String> environment, String input, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServerMain.Outcome outcome = ServerMain.run(
                List.of(arguments),
                environment,
                new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(outcome, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
