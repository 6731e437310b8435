package lab.spectra.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.testing.ExampleRows;
import lab.spectra.model.testing.Lab;
import lab.spectra.server.testing.H2TestDatabase;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema and the records agree: every table's example row is written and read back unchanged,
 * on PostgreSQL as the application role under row-level security, and on H2 as dev mode uses it.
 */
class EveryTableMapsToBothDatabasesTest {

    private static PostgresTestDatabase postgres;
    private final ObjectMapper mapper = DomainJson.newMapper();

    @BeforeAll
    static void createDatabase() {
        postgres = PostgresTestDatabase.createMigrated();
    }

    @AfterAll
    static void dropDatabase() {
        postgres.close();
    }

    @Test
    void onPostgresEveryExampleRowComesBackEqual() {
        try (Database database = open(postgres.settings())) {
            assertEveryRowRoundTrips(database);
        }
    }

    @Test
    void onH2EveryExampleRowComesBackEqual() {
        try (Database database = open(H2TestDatabase.createMigrated())) {
            assertEveryRowRoundTrips(database);
        }
    }

    @Test
    void onPostgresEveryRowCanBeStoredTwiceByUpsertAsABenchStoresServerRows() {
        try (PostgresTestDatabase fresh = PostgresTestDatabase.createMigrated();
                Database database = open(fresh.settings())) {
            assertEveryRowRoundTrips(database, this::upsertTwice);
        }
    }

    @Test
    void onH2EveryRowCanBeStoredTwiceByUpsertAsABenchStoresServerRows() {
        try (Database database = open(H2TestDatabase.createMigrated())) {
            assertEveryRowRoundTrips(database, this::upsertTwice);
        }
    }

    /** The audit trail is append-only (no UPDATE grant, which an upsert needs): it is inserted once. */
    private void upsertTwice(JdbcRowWriter writer, Connection connection, List<Row> rows) {
        List<Row> replaceable =
                rows.stream().filter(row -> Table.of(row) != Table.AUDIT_LOG).toList();
        writer.upsertAll(connection, replaceable);
        writer.upsertAll(connection, replaceable);
        rows.stream().filter(row -> Table.of(row) == Table.AUDIT_LOG).forEach(row -> writer.insert(connection, row));
    }

    private interface Store {
        void store(JdbcRowWriter writer, Connection connection, List<Row> rows);
    }

    private static Database open(DatabaseSettings settings) {
        return new Database(
                ConnectionPools.openApplicationPool(settings, 2, Duration.ofSeconds(10)), settings.dialect());
    }

    private void assertEveryRowRoundTrips(Database database) {
        assertEveryRowRoundTrips(
                database, (writer, connection, rows) -> rows.forEach(row -> writer.insert(connection, row)));
    }

    private void assertEveryRowRoundTrips(Database database, Store store) {
        Lab lab = new Lab();
        // On PostgreSQL the application role may not insert into the audit log: the database
        // appends entries itself (spectra_append_audit), see AuditEntriesAreAppendedByTheDatabaseTest.
        List<Row> written = new ExampleRows(lab)
                .all().stream()
                        .filter(row -> database.dialect() == SqlDialect.H2 || Table.of(row) != Table.AUDIT_LOG)
                        .toList();
        JdbcRowWriter writer = new JdbcRowWriter(database.dialect(), mapper);

        List<Row> read = database.inTenant(lab.organizationId, connection -> {
            store.store(writer, connection, written);
            JdbcDomainState state = new JdbcDomainState(connection, lab.organizationId, mapper);
            List<Row> back = new ArrayList<>();
            for (Row row : written) {
                Table table = Table.of(row);
                if (table == Table.ORGANIZATIONS) {
                    RowMapping<Row> mapping = RowMapping.of(table);
                    try (PreparedStatement select = connection.prepareStatement(mapping.select() + " WHERE id = ?")) {
                        select.setObject(1, row.id());
                        try (ResultSet result = select.executeQuery()) {
                            result.next();
                            back.add(mapping.read(result, mapper));
                        }
                    }
                } else {
                    back.addAll(state.find(table, "id = ?", row.id()));
                }
            }
            return back;
        });

        assertThat(read).containsExactlyElementsOf(written);
    }
}
