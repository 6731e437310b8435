package lab.spectra.desktop.testing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lab.spectra.server.testing.ServerLab;

/** Looks at the server's own tables, as the application role of the organization. */
public final class ServerTables {

    private final ServerLab lab;
    private final UUID organizationId;

    public ServerTables(ServerLab lab, ServerLab.Org org) {
        this.lab = lab;
        this.organizationId = org.id();
    }

    /** Every row of a table of the organization, id to row version, as the server has it. */
    public Map<UUID, Long> versions(String table) {
        return lab.database.inTenant(organizationId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, row_version FROM " + table + " WHERE organization_id = ?")) {
                statement.setObject(1, organizationId);
                try (ResultSet rows = statement.executeQuery()) {
                    Map<UUID, Long> versions = new HashMap<>();
                    while (rows.next()) {
                        versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
                    }
                    return versions;
                }
            }
        });
    }

    /** {@code sql} has one parameter, bound to {@code id}. */
    public long count(String sql, Object id) {
        return lab.database.inTenant(organizationId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }
}
