package lab.spectra.desktop.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lab.spectra.desktop.store.DatabaseOpener;
import lab.spectra.desktop.store.LocalDatabase;

/**
 * Opens benches' databases from a template: the product's migrations run once per test JVM into a
 * plain file, and each new bench starts from a copy of it, encrypted with that bench's own key the
 * way a bench from before encryption is (then opened as usual, so the migrations validate it).
 * Hundreds of chaos benches start in milliseconds instead of migrating each schema anew.
 */
public final class TemplatedDatabases implements DatabaseOpener {

    private static final String FILE = "bench.mv.db";

    private final Path template;

    private TemplatedDatabases(Path template) {
        this.template = template;
    }

    /** Migrates the template once; the returned opener is safe to share between threads. */
    public static TemplatedDatabases migrated() {
        Path directory = SyncTestbed.newDataDirectory();
        LocalDatabase.openPlain(directory).close();
        return new TemplatedDatabases(directory.resolve(FILE));
    }

    @Override
    public LocalDatabase open(Path directory, String databaseKey) {
        if (!LocalDatabase.existsIn(directory)) {
            try {
                Files.createDirectories(directory);
                Files.copy(template, directory.resolve(FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalDatabase.encrypt(directory, databaseKey);
        }
        return LocalDatabase.open(directory, databaseKey);
    }
}
