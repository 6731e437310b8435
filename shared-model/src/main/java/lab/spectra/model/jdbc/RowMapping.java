package lab.spectra.model.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lab.spectra.model.command.Row;
import lab.spectra.model.protocol.Table;

/**
 * Maps a row record to its table by convention: one column per record component, named in
 * snake_case, in component order. The convention is what keeps the schema, the JSON wire format
 * and the records in step; a test writes and reads every table on both databases.
 */
public final class RowMapping<T extends Row> {

    private static final Map<Table, RowMapping<?>> MAPPINGS = createAll();

    private final Table table;
    private final List<Column> columns;
    private final Constructor<T> constructor;
    private final boolean tenantScoped;

    private record Column(String name, RecordComponent component, ColumnType type) {}

    private RowMapping(Table table, Class<T> type) {
        this.table = table;
        this.columns = Arrays.stream(type.getRecordComponents())
                .map(component ->
                        new Column(snakeCase(component.getName()), component, ColumnType.of(component.getType())))
                .toList();
        Class<?>[] parameterTypes = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        }
        this.tenantScoped = columns.stream().anyMatch(column -> column.name().equals("organization_id"));
    }

    @SuppressWarnings("unchecked")
    public static <T extends Row> RowMapping<T> of(Table table) {
        return (RowMapping<T>) MAPPINGS.get(table);
    }

    @SuppressWarnings("unchecked")
    public static <T extends Row> RowMapping<T> of(T row) {
        return (RowMapping<T>) MAPPINGS.get(Table.of(row));
    }

    public Table table() {
        return table;
    }

    /** Organizations are their own tenant and have no {@code organization_id} column. */
    public boolean tenantScoped() {
        return tenantScoped;
    }

    public String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@code SELECT <columns> FROM <table>}; add a WHERE clause. */
    public String select() {
        return "SELECT " + columnList() + " FROM " + table.tableName();
    }

    public String insert(SqlDialect dialect) {
        return "INSERT INTO " + table.tableName() + " (" + columnList() + ") VALUES (" + placeholders(dialect) + ")";
    }

    /**
     * Inserts the row or overwrites the stored one with the same id, in one statement; binds like
     * {@link #insert} ({@link #bindInsert}).
     */
    public String insertOrReplace(SqlDialect dialect) {
        if (dialect == SqlDialect.H2) {
            return "MERGE INTO " + table.tableName() + " (" + columnList() + ") KEY (id) VALUES ("
                    + placeholders(dialect) + ")";
        }
        String assignments = updatableColumns()
                .map(column -> column.name() + " = EXCLUDED." + column.name())
                .collect(Collectors.joining(", "));
        return insert(dialect) + " ON CONFLICT (id) DO UPDATE SET " + assignments;
    }

    private String placeholders(SqlDialect dialect) {
        return columns.stream().map(column -> placeholder(column, dialect)).collect(Collectors.joining(", "));
    }

    /**
     * Updates every column but the keys, if the row is still at the version the change was made
     * from: {@code ... WHERE id = ? [AND organization_id = ?] AND row_version = ?}.
     */
    public String update(SqlDialect dialect) {
        return replace(dialect) + " AND row_version = ?";
    }

    /**
     * Like {@link #update} without the version guard: overwrites the stored row whatever its
     * version, for rows whose authority is elsewhere (the server's rows on the bench).
     */
    public String replace(SqlDialect dialect) {
        String assignments = updatableColumns()
                .map(column -> column.name() + " = " + placeholder(column, dialect))
                .collect(Collectors.joining(", "));
        return "UPDATE " + table.tableName() + " SET " + assignments + " WHERE id = ?"
                + (tenantScoped ? " AND organization_id = ?" : "");
    }

    public void bindInsert(PreparedStatement statement, T row, ObjectMapper mapper) throws SQLException {
        int index = 1;
        for (Column column : columns) {
            column.type().bind(statement, index++, valueOf(column, row), mapper);
        }
    }

    public void bindUpdate(PreparedStatement statement, T before, T after, ObjectMapper mapper) throws SQLException {
        int index = bindReplace(statement, before, after, mapper);
        statement.setLong(index, before.rowVersion());
    }

    /** Binds {@link #replace}; returns the next free parameter index. */
    public int bindReplace(PreparedStatement statement, T row, ObjectMapper mapper) throws SQLException {
        return bindReplace(statement, row, row, mapper);
    }

    private int bindReplace(PreparedStatement statement, T key, T values, ObjectMapper mapper) throws SQLException {
        int index = 1;
        for (Column column : (Iterable<Column>) updatableColumns()::iterator) {
            column.type().bind(statement, index++, valueOf(column, values), mapper);
        }
        statement.setObject(index++, key.id());
        if (tenantScoped) {
            statement.setObject(index++, key.organizationId());
        }
        return index;
    }

    public T read(ResultSet rows, ObjectMapper mapper) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            values[i] = column.type()
                    .read(
                            rows,
                            column.name(),
                            column.component().getType(),
                            column.component().getGenericType(),
                            mapper);
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "A " + table.tableName() + " row in the database is invalid: "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a " + table.tableName() + " row", e);
        }
    }

    private Stream<Column> updatableColumns() {
        return columns.stream()
                .filter(column -> !column.name().equals("id") && !column.name().equals("organization_id"));
    }

    private static String placeholder(Column column, SqlDialect dialect) {
        return column.type() == ColumnType.JSON ? dialect.jsonParameter() : "?";
    }

    private static Object valueOf(Column column, Row row) {
        try {
            return column.component().getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot read " + column.name() + " of a " + row.getClass().getSimpleName(), e);
        }
    }

    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Map<Table, RowMapping<?>> createAll() {
        Map<Table, RowMapping<?>> mappings = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            mappings.put(table, create(table));
        }
        return Collections.unmodifiableMap(mappings);
    }

    private static <T extends Row> RowMapping<T> create(Table table) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) table.rowType();
        return new RowMapping<>(table, type);
    }
}
