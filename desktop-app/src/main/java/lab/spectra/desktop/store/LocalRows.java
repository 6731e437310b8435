package lab.spectra.desktop.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.Table;

/**
 * The local copy as a query class sees it during one read: a connection inside the read's
 * transaction and the organization whose data the bench holds. The query classes write their own
 * SQL (ADR 0005) and bind the organization as the first parameter; this class only runs it and
 * turns rows into records by the shared mapping.
 */
public final class LocalRows {

    private final Connection connection;
    private final UUID organizationId;
    private final ObjectMapper mapper;

    public LocalRows(Connection connection, UUID organizationId, ObjectMapper mapper) {
        this.connection = connection;
        this.organizationId = organizationId;
        this.mapper = mapper;
    }

    public UUID organizationId() {
        return organizationId;
    }

    /**
     * The columns of a table's row record, each prefixed with {@code alias}, for a select list:
     * {@code s.id, s.organization_id, ...}.
     */
    public static String columns(Table table, String alias) {
        return Arrays.stream(RowMapping.of(table).columnList().split(", "))
                .map(column -> alias + "." + column)
                .collect(Collectors.joining(", "));
    }

    /** Rows of {@code table} selected by {@code sql}, whose select list is {@link #columns}. */
    public <T extends Row> List<T> rows(Table table, String sql, Object... parameters) throws SQLException {
        RowMapping<T> mapping = RowMapping.of(table);
        return list(sql, row -> mapping.read(row, mapper), parameters);
    }

    /** The row record of {@code table} in the current row of a result that selected its {@link #columns}. */
    public <T extends Row> T row(Table table, ResultSet row) throws SQLException {
        RowMapping<T> mapping = RowMapping.of(table);
        return mapping.read(row, mapper);
    }

    public <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
                return found;
            }
        }
    }
}
