package lab.spectra.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.testing.ExampleRows;
import lab.spectra.model.testing.Lab;
import lab.spectra.server.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema and the records agree: every table's example row is written and read back unchanged,
 * as the application role, under row-level security.
 */
class EveryTableMapsToPostgresTest {

    private static PostgresTestDatabase postgres;
    private static Database database;
    private final ObjectMapper mapper = DomainJson.newMapper();

    @BeforeAll
    static void createDatabase() {
        postgres = PostgresTestDatabase.createMigrated();
        database = new Database(ConnectionPools.openApplicationPool(postgres.settings(), 2, Duration.ofSeconds(10)),
                postgres.settings().dialect());
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
        postgres.close();
    }

    @Test
    void everyExampleRowComesBackEqual() {
        Lab lab = new Lab();
        List<Row> written = new ExampleRows(lab).all();
        JdbcRowWriter writer = new JdbcRowWriter(database.dialect(), mapper);

        List<Row> read = database.inTenant(lab.organizationId, connection -> {
            written.forEach(row -> writer.insert(connection, row));
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
