package lab.spectra.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lab.spectra.server.db.DatabaseSettings;
import lab.spectra.server.db.Migrations;

/** A migrated H2 file database in a temporary directory, as the server's dev mode uses. */
public final class H2TestDatabase {

    private H2TestDatabase() {}

    public static DatabaseSettings createMigrated() {
        try {
            Path directory = Files.createTempDirectory("spectra-h2-");
            DatabaseSettings settings = DatabaseSettings.singleUser(
                    "jdbc:h2:file:" + directory.resolve("spectra").toAbsolutePath() + ";NON_KEYWORDS=VALUE", "sa", "");
            Migrations.migrate(settings);
            return settings;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
