package lab.spectra.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.trust.BenchTrust;
import lab.spectra.desktop.trust.CommandSigner;
import lab.spectra.desktop.trust.Identities;
import lab.spectra.desktop.trust.TrustAnchor;
import lab.spectra.desktop.trust.UnlockedPerson;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandHandler;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.testing.Lab;
import lab.spectra.model.testing.WorkStep;
import lab.spectra.model.testing.WorkStepCommands;
import lab.spectra.model.testing.WorkSteps;
import lab.spectra.model.trust.IdentitySnapshot;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 21, ADR 0008: a rebase takes back every pending command's local effect and runs the
 * commands again. Whatever the rows the server last sent and whatever the pending work, undoing it
 * gives back exactly the rows the server sent, in every synced table, and replaying it on those
 * unchanged rows gives back exactly the rows the bench showed before, with the same undo records.
 *
 * <p>It runs the real {@link BenchCommands} on the bench's real (H2) schema: each command is decided,
 * signed, queued in the outbox as JSON and its undo record written, and the rebase reads the
 * commands back from that JSON. The server's rows are the outcome of random work decided by the
 * shared rules on a {@link Lab}; the pending work is random work decided by the bench.
 *
 * <p>The bench's clock stands still. Replayed commands stamp the bench's clock as their
 * bookkeeping time ({@code updated_at}, ADR 0001), and a moving clock would legitimately give those
 * columns a later time on replay; with it standing, no column has to be left out of the comparison.
 */
class UndoingPendingWorkThenReplayingItIsTheIdentityTest {

    private static final ObjectMapper MAPPER = DomainJson.newMapper();
    /** Later than every step's authored time (at most 37 steps, eight hours apart), so none is ahead of it. */
    private static final Clock BENCH_CLOCK = Clock.fixed(Lab.NOW.plus(Duration.ofDays(30)), ZoneOffset.UTC);

    private static final List<Table> SYNCED_TABLES =
            Arrays.stream(Table.values()).filter(Table::sentToWorkstations).toList();
    private static final String APPLIED_LOCALLY = "pending commands applied on the bench";

    private static Path directory;
    private static LocalDatabase database;
    /** One device key per person the generated work names, made once: making EC keys is slow. */
    private static List<ECKey> deviceKeys;

    @BeforeContainer
    static void openTheBenchsDatabase() throws JOSEException {
        directory = SyncTestbed.newDataDirectory();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        database = LocalDatabase.open(directory, HexFormat.of().formatHex(key));
        deviceKeys = new ArrayList<>();
        for (int person = 0; person < 6; person++) {
            deviceKeys.add(new ECKeyGenerator(Curve.P_256)
                    .keyID("device-key-" + person)
                    .generate());
        }
    }

    @AfterContainer
    static void closeTheBenchsDatabase() {
        database.close();
    }

    @Property(tries = 80, edgeCases = EdgeCasesMode.NONE)
    void undoingEveryPendingCommandGivesBackTheServersRowsAndReplayingThemGivesBackTheBenchsRows(
            @ForAll("workTheServerDecided") List<WorkStep> serverWork,
            @ForAll("workWaitingOnTheBench") List<WorkStep> pendingWork) {
        emptyTheBench();
        Lab lab = new Lab();
        WorkStepCommands work = new WorkStepCommands(lab);
        CommandHandler server = new CommandHandler();
        for (WorkStep step : serverWork) {
            WorkStepCommands.Attempt attempt = work.next(step, lab.state);
            if (server.handle(attempt.command(), attempt.sender(), lab.state, attempt.deciderTime())
                    instanceof Applied applied) {
                lab.state.apply(applied.changes());
            }
        }
        storeAsPulled(lab);
        BenchCommands bench = benchOf(lab, work.people());
        Map<String, Map<String, Map<String, String>>> serverRows =
                database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::syncedRows);

        int appliedLocally = 0;
        for (WorkStep step : pendingWork) {
            Command command = database.transaction(
                            connection -> work.next(step, new JdbcDomainState(connection, lab.organizationId, MAPPER)))
                    .command();
            if (bench.execute(command) instanceof Applied) {
                appliedLocally++;
            }
        }
        Map<String, Map<String, Map<String, String>>> benchRows =
                database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::syncedRows);
        List<List<String>> undoRecords =
                database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::undoRecords);
        List<String> queued = database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::outbox);

        // Nothing new from the server: the rebase's middle step only looks at the undone rows.
        Map<String, Map<String, Map<String, String>>> undone =
                bench.rebase(UndoingPendingWorkThenReplayingItIsTheIdentityTest::syncedRows);
        Map<String, Map<String, Map<String, String>>> replayed =
                database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::syncedRows);

        assertThat(differences(serverRows, undone))
                .as("rows after undoing %d pending commands, against the server's", appliedLocally)
                .isEmpty();
        assertThat(differences(benchRows, replayed))
                .as("rows after replaying %d pending commands, against the first time", appliedLocally)
                .isEmpty();
        assertThat(database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::undoRecords))
                .as("undo records after the replay")
                .isEqualTo(undoRecords);
        assertThat(database.transaction(UndoingPendingWorkThenReplayingItIsTheIdentityTest::outbox))
                .as("the outbox after the rebase")
                .isEqualTo(queued);

        Statistics.label(APPLIED_LOCALLY).collect(appliedLocally == 0 ? "none" : appliedLocally < 3 ? "1-2" : "3+");
        // Without pending work that changed something the property would hold vacuously.
        Statistics.label(APPLIED_LOCALLY)
                .coverage(coverage -> coverage.check("none").percentage(p -> p < 25));
    }

    @Provide
    Arbitrary<List<WorkStep>> workTheServerDecided() {
        return WorkSteps.sequences(25);
    }

    @Provide
    Arbitrary<List<WorkStep>> workWaitingOnTheBench() {
        return WorkSteps.sequences(3, 12);
    }

    /** The bench as a fresh PC has it: no rows, no outbox, no device chains, bound to nobody. */
    private static void emptyTheBench() {
        database.transaction(connection -> {
            for (String bookkeeping : List.of("outbox_effects", "outbox", "sync_problems", "device_chains")) {
                execute(connection, "DELETE FROM " + bookkeeping);
            }
            // Children before parents: the reverse of the order a pull writes them in.
            List<Table> childrenFirst = new ArrayList<>(SYNCED_TABLES);
            Collections.reverse(childrenFirst);
            for (Table table : childrenFirst) {
                execute(connection, "DELETE FROM " + table.tableName());
            }
            execute(connection, "UPDATE sync_state SET organization_id = NULL WHERE id = 1");
            return null;
        });
    }

    /** The lab's rows as a pull would have left them, and the bench bound to its organization. */
    private static void storeAsPulled(Lab lab) {
        JdbcRowWriter writer = new JdbcRowWriter(database.dialect(), MAPPER);
        List<Row> rows = new ArrayList<>();
        rows.add(new Organization(
                lab.organizationId,
                "lab-" + lab.organizationId,
                "Test lab",
                JsonObjects.empty(),
                Lab.NOW,
                Lab.NOW,
                null,
                1));
        rows.addAll(lab.state.all(Row.class));
        // Parents before children: the tables are declared in that order, and a pull writes them so.
        List<Table> parentsFirst = Arrays.asList(Table.values());
        rows.sort(Comparator.comparing(row -> parentsFirst.indexOf(Table.of(row))));
        database.transaction(connection -> {
            writer.insertAll(connection, rows);
            try (PreparedStatement bind =
                    connection.prepareStatement("UPDATE sync_state SET organization_id = ? WHERE id = 1")) {
                bind.setObject(1, lab.organizationId);
                bind.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The bench's command path with everyone the work names unlocked. Their snapshots are built
     * here rather than signed by a server: what is under test is the outbox and its undo records,
     * and the bench believes an unlocked person's snapshot as it is.
     */
    private static BenchCommands benchOf(Lab lab, List<Actor> people) {
        Identities identities = new Identities();
        for (int i = 0; i < people.size(); i++) {
            Actor person = people.get(i);
            ECKey key = deviceKeys.get(i);
            identities.unlocked(new UnlockedPerson(
                    key,
                    new IdentitySnapshot(
                            "unsigned: unlocked by the test",
                            lab.organizationId,
                            "Test lab",
                            person.userId(),
                            person.userId() + "@lab.test",
                            person.displayName(),
                            person.role(),
                            person.active(),
                            lab.workstationId,
                            key.getKeyID(),
                            OrganizationSettings.DEFAULTS,
                            Lab.NOW)));
        }
        BenchTrust trust = new BenchTrust(TrustAnchor.load(directory), lab.workstationId, lab.organizationId);
        CommandSigner signer = new CommandSigner(identities, MAPPER, BENCH_CLOCK, trust);
        return new BenchCommands(database, MAPPER, BENCH_CLOCK, identities, signer);
    }

    /** Every synced table's rows, by table and id, each row column by column as the database gives it back. */
    private static Map<String, Map<String, Map<String, String>>> syncedRows(Connection connection) throws SQLException {
        Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
        for (Table table : SYNCED_TABLES) {
            Map<String, Map<String, String>> rows = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table.tableName());
                    ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        row.put(columns.getColumnLabel(column).toLowerCase(Locale.ROOT), result.getString(column));
                    }
                    rows.put(row.get("id"), row);
                }
            }
            tables.put(table.tableName(), rows);
        }
        return tables;
    }

    /** What each pending command's effect is undone with, in the order it was recorded. */
    private static List<List<String>> undoRecords(Connection connection) throws SQLException {
        List<List<String>> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT e.command_id, e.ordinal, e.table_name, e.row_id, e.before_row FROM outbox_effects e"
                                + " JOIN outbox o ON o.command_id = e.command_id ORDER BY o.seq, e.ordinal");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                records.add(Arrays.asList(
                        result.getString(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getString(5)));
            }
        }
        return records;
    }

    private static List<String> outbox(Connection connection) throws SQLException {
        List<String> commands = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT command_id, command FROM outbox ORDER BY seq");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                commands.add(result.getString(1) + " " + result.getString(2));
            }
        }
        return commands;
    }

    /** Each row missing, extra or different, with the columns that differ: a failure names only what broke. */
    private static List<String> differences(
            Map<String, Map<String, Map<String, String>>> expected,
            Map<String, Map<String, Map<String, String>>> actual) {
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, String>>> table : expected.entrySet()) {
            Map<String, Map<String, String>> actualRows = actual.getOrDefault(table.getKey(), Map.of());
            for (Map.Entry<String, Map<String, String>> row : table.getValue().entrySet()) {
                Map<String, String> actualRow = actualRows.get(row.getKey());
                if (actualRow == null) {
                    differences.add(table.getKey() + " " + row.getKey() + " is missing");
                    continue;
                }
                for (Map.Entry<String, String> column : row.getValue().entrySet()) {
                    if (!Objects.equals(column.getValue(), actualRow.get(column.getKey()))) {
                        differences.add(table.getKey() + " " + row.getKey() + " " + column.getKey() + ": "
                                + column.getValue() + " became " + actualRow.get(column.getKey()));
                    }
                }
            }
            for (String id : actualRows.keySet()) {
                if (!table.getValue().containsKey(id)) {
                    differences.add(table.getKey() + " " + id + " is extra: " + actualRows.get(id));
                }
            }
        }
        return differences;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
