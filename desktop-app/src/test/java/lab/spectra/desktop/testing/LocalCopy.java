package lab.spectra.desktop.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.LocalQuery;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.store.LocalSqlWork;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.testing.Lab;

/**
 * A bench's local copy without a server: an encrypted H2 file with the bench's schema holding one
 * organization's rows, put there by the test. View models read it through their real query classes.
 */
public final class LocalCopy implements LocalReads, AutoCloseable {

    public final UUID organizationId;
    public final ObjectMapper mapper = DomainJson.newMapper();

    private final LocalDatabase database;
    private final JdbcRowWriter writer;

    private LocalCopy(UUID organizationId, Path directory, String databaseKey) {
        this.organizationId = organizationId;
        this.database = LocalDatabase.open(directory, databaseKey);
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
    }

    private static LocalCopy created(UUID organizationId, Path directory, String databaseKey) {
        LocalCopy copy = new LocalCopy(organizationId, directory, databaseKey);
        copy.put(new Organization(
                organizationId, "lab-" + organizationId, "Test lab", JsonObjects.empty(), Lab.NOW, Lab.NOW, null, 1));
        return copy;
    }

    private static String newDatabaseKey() {
        byte[] databaseKey = new byte[32];
        new SecureRandom().nextBytes(databaseKey);
        return HexFormat.of().formatHex(databaseKey);
    }

    /** An empty organization. */
    public static LocalCopy empty() {
        return created(Ids.newId(), SyncTestbed.newDataDirectory(), newDatabaseKey());
    }

    /** The organization of a shared-model test {@link Lab}: its people, instruments, recipes, samples, runs. */
    public static LocalCopy of(Lab lab) {
        return of(lab, SyncTestbed.newDataDirectory(), newDatabaseKey());
    }

    /**
     * As {@link #of(Lab)}, in a folder and with a key the caller keeps, so that another JVM can
     * {@link #reopen} the file (the bench-at-scale harness measures in a fresh one).
     */
    public static LocalCopy of(Lab lab, Path directory, String databaseKey) {
        LocalCopy copy = created(lab.organizationId, directory, databaseKey);
        for (Actor person : List.of(lab.admin, lab.pi, lab.engineer, lab.technician, lab.viewer)) {
            copy.put(userAccount(person));
        }
        // The lab keeps account rows of its own; the copy's (above) stand for them.
        copy.put(lab.state.all(Row.class).stream()
                .filter(row -> !(row instanceof UserAccount))
                .toArray(Row[]::new));
        return copy;
    }

    /** A copy made earlier by {@link #of(Lab, Path, String)}, as it is. */
    public static LocalCopy reopen(Path directory, String databaseKey, UUID organizationId) {
        return new LocalCopy(organizationId, directory, databaseKey);
    }

    public static UserAccount userAccount(Actor person) {
        return new UserAccount(
                person.userId(),
                person.organizationId(),
                person.userId() + "@lab.test",
                person.displayName(),
                person.role(),
                person.active(),
                Lab.NOW,
                Lab.NOW,
                null,
                1);
    }

    /** Inserts rows, parents before children. */
    public void put(Row... rows) {
        List<Row> ordered = Arrays.stream(rows)
                .sorted(Comparator.comparing(row -> Table.of(row).ordinal()))
                .toList();
        transaction(connection -> {
            ordered.forEach(row -> writer.insert(connection, row));
            return null;
        });
    }

    /** Overwrites rows as a pull from the server would. */
    public void replace(Row... rows) {
        transaction(connection -> {
            writer.upsertAll(connection, List.of(rows));
            return null;
        });
    }

    public SqlDialect dialect() {
        return database.dialect();
    }

    public <T> T transaction(LocalSqlWork<T> work) {
        return database.transaction(work);
    }

    @Override
    public <T> T read(LocalQuery<T> query) {
        return database.transaction(connection -> query.run(new LocalRows(connection, organizationId, mapper)));
    }

    @Override
    public void close() {
        database.close();
    }
}
