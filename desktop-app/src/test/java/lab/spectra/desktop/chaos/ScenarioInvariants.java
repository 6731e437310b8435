package lab.spectra.desktop.chaos;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.testing.BenchTables;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Permissions;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.audit.AuditVerifier;
import lab.spectra.server.testing.ServerLab;

/**
 * What must hold after any scenario, however its faults fell (issue 21): every command a bench
 * made was decided by the server exactly once; an applied one is in the change log once and was
 * the author's to make; a refused one is undone on its bench and listed there with its reason; no
 * outbox keeps anything; each bench holds exactly the server's rows of its organization (every
 * synced table, every column) and nothing of another; the audit chain verifies.
 */
public final class ScenarioInvariants {

    private final ServerLab lab;
    private final ServerLab.Org org;
    private final List<? extends CheckedBench> benches;
    private final List<String> broken = new ArrayList<>();

    public ScenarioInvariants(ServerLab lab, ServerLab.Org org, List<? extends CheckedBench> benches) {
        this.lab = lab;
        this.org = org;
        this.benches = benches;
    }

    public List<String> check() {
        Map<UUID, CommandResult> decided = decisions();
        for (CheckedBench bench : benches) {
            accountForEveryCommand(bench, decided);
            outboxIsEmpty(bench);
        }
        // Refused commands were checked above; acknowledged, their blocked runs leave the bench.
        for (CheckedBench bench : benches) {
            for (SyncProblem problem : bench.workstation().problems().open()) {
                bench.workstation().problems().acknowledge(problem.commandId());
            }
        }
        for (CheckedBench bench : benches) {
            holdsExactlyTheServersRows(bench);
        }
        lab.database.inTenant(org.id(), connection -> {
            appliedOnceInTheChangeLog(connection);
            return null;
        });
        new AuditVerifier(lab.database, lab.mapper)
                .verify(org.id())
                .ifPresent(gap -> broken.add("the audit chain breaks: " + gap));
        return broken;
    }

    private Map<UUID, CommandResult> decisions() {
        return lab.database.inTenant(org.id(), connection -> {
            Map<UUID, CommandResult> decided = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT command_id, outcome FROM processed_commands WHERE organization_id = ?")) {
                select.setObject(1, org.id());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        decided.put(rows.getObject(1, UUID.class), read(rows.getString(2)));
                    }
                }
            }
            return decided;
        });
    }

    private CommandResult read(String outcome) {
        try {
            return lab.mapper.readValue(outcome, CommandResult.class);
        } catch (Exception e) {
            throw new IllegalStateException("An answer the server stored does not read back: " + outcome, e);
        }
    }

    private void accountForEveryCommand(CheckedBench bench, Map<UUID, CommandResult> decided) {
        Map<UUID, SyncProblem> problems = new HashMap<>();
        bench.workstation().problems().open().forEach(problem -> problems.put(problem.commandId(), problem));
        for (CheckedBench.Made made : bench.made()) {
            UUID id = made.command().meta().commandId();
            String what = bench.name() + "'s " + made.command().getClass().getSimpleName() + " " + id;
            CommandResult answer = decided.get(id);
            if (answer == null) {
                broken.add(what + " was never decided by the server");
            } else if (answer instanceof CommandResult.Applied) {
                if (problems.containsKey(id)) {
                    broken.add(what + " was applied but is listed as a sync problem");
                }
                if (!Permissions.allows(made.role(), made.command().requiredAction())) {
                    broken.add(what + " was applied though a " + made.role() + " may not make it");
                }
            } else {
                SyncProblem problem = problems.get(id);
                if (problem == null) {
                    broken.add(what + " was refused (" + answer + ") but is not among its bench's sync problems");
                } else if (problem.message() == null || problem.message().isBlank()) {
                    broken.add(what + " is a sync problem without a reason");
                }
            }
        }
    }

    private void outboxIsEmpty(CheckedBench bench) {
        long left = bench.workstation()
                .database()
                .transaction(connection -> count(connection, "outbox") + count(connection, "outbox_effects"));
        if (left != 0) {
            broken.add(bench.name() + "'s outbox still holds " + left + " rows after it synced everything");
        }
    }

    private static long count(java.sql.Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void holdsExactlyTheServersRows(CheckedBench bench) {
        Workstation workstation = bench.workstation();
        long checkpoint = BenchTables.checkpoint(workstation);
        long serverCheckpoint = BenchTables.serverCheckpoint(lab, org);
        if (checkpoint != serverCheckpoint) {
            broken.add(bench.name() + " stopped at change " + checkpoint + " of the server's " + serverCheckpoint);
        }
        for (Table table : Table.values()) {
            if (!table.sentToWorkstations() || !RowMapping.of(table).tenantScoped()) {
                continue;
            }
            Map<UUID, Row> onBench = workstation.database().transaction(connection -> rows(connection, table, null));
            Map<UUID, Row> onServer = lab.database.inTenant(org.id(), connection -> rows(connection, table, org.id()));
            onBench.values().stream()
                    .filter(row -> !org.id().equals(row.organizationId()))
                    .findFirst()
                    .ifPresent(row -> broken.add(
                            bench.name() + " holds a " + table.tableName() + " row of another organization"));
            if (!onBench.equals(onServer)) {
                broken.add(bench.name() + "'s " + table.tableName() + " differ from the server's: "
                        + difference(onBench, onServer));
            }
        }
    }

    private Map<UUID, Row> rows(java.sql.Connection connection, Table table, UUID organizationId) throws SQLException {
        RowMapping<Row> mapping = RowMapping.of(table);
        String sql = mapping.select() + (organizationId == null ? "" : " WHERE organization_id = ?");
        Map<UUID, Row> rows = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (organizationId != null) {
                select.setObject(1, organizationId);
            }
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    Row row = mapping.readSelected(found, lab.mapper);
                    rows.put(row.id(), row);
                }
            }
        }
        return rows;
    }

    private static String difference(Map<UUID, Row> onBench, Map<UUID, Row> onServer) {
        for (Map.Entry<UUID, Row> entry : onServer.entrySet()) {
            Row bench = onBench.get(entry.getKey());
            if (!Objects.equals(bench, entry.getValue())) {
                return "server " + entry.getValue() + " / bench " + bench;
            }
        }
        Optional<Row> extra = onBench.values().stream()
                .filter(row -> !onServer.containsKey(row.id()))
                .findFirst();
        return extra.map(row -> "only on the bench: " + row).orElse("?");
    }

    /** A command applied twice would leave two changes of one row under its id. */
    private void appliedOnceInTheChangeLog(java.sql.Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT command_id, table_name, row_id,"
                + " COUNT(*) FROM change_log WHERE organization_id = ? AND command_id IS NOT NULL"
                + " GROUP BY command_id, table_name, row_id HAVING COUNT(*) > 1")) {
            select.setObject(1, org.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    broken.add("command " + rows.getObject(1) + " changed " + rows.getString(2) + " "
                            + rows.getObject(3) + " " + rows.getLong(4) + " times");
                }
            }
        }
    }
}
