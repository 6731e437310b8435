package lab.spectra.model.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
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
    /** The canonical constructor, taking the components' values as one {@code Object[]}. */
    private final MethodHandle constructor;

    private final boolean tenantScoped;

    /**
     * One column: its record component's type, accessor (as a method handle: a reflective call per
     * value was a visible part of writing rows) and conversions.
     */
    private record Column(String name, Class<?> javaType, ColumnType type, MethodHandle accessor, ColumnCodec codec) {}

    private RowMapping(Table table, Class<T> type) {
        this.table = table;
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        RecordComponent[] components = type.getRecordComponents();
        this.columns = Arrays.stream(components)
                .map(component -> new Column(
                        snakeCase(component.getName()),
                        component.getType(),
                        ColumnType.of(component.getType()),
                        accessor(lookup, component),
                        new ColumnCodec(component.getType(), component.getGenericType())))
                .toList();
        Class<?>[] parameterTypes =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            this.constructor = lookup.unreflectConstructor(canonical)
                    .asSpreader(Object[].class, parameterTypes.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        }
        this.tenantScoped = columns.stream().anyMatch(column -> column.name().equals("organization_id"));
    }

    private static MethodHandle accessor(MethodHandles.Lookup lookup, RecordComponent component) {
        try {
            Method method = component.getAccessor();
            method.setAccessible(true);
            return lookup.unreflect(method).asType(MethodType.methodType(Object.class, Row.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of its record", e);
        }
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
            column.type().bind(statement, index++, valueOf(column, row), column.codec(), mapper);
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
            column.type().bind(statement, index++, valueOf(column, values), column.codec(), mapper);
        }
        statement.setObject(index++, key.id());
        if (tenantScoped) {
            statement.setObject(index++, key.organizationId());
        }
        return index;
    }

    /**
     * The row record in the current row of a result that selected this table's columns, found by
     * name wherever they are in the select list.
     */
    public T read(ResultSet rows, ObjectMapper mapper) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            values[i] =
                    column.type().read(rows, rows.findColumn(column.name()), column.javaType(), column.codec(), mapper);
        }
        return construct(values);
    }

    /**
     * The row record in the current row of a result whose select list is exactly {@link #select}'s
     * (or {@link #columnList}'s): read by position, without looking each column up by name.
     */
    public T readSelected(ResultSet rows, ObjectMapper mapper) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Column column = columns.get(i);
            values[i] = column.type().read(rows, i + 1, column.javaType(), column.codec(), mapper);
        }
        return construct(values);
    }

    @SuppressWarnings("unchecked")
    private T construct(Object[] values) {
        try {
            return (T) (Object) constructor.invokeExact(values);
        } catch (RuntimeException e) {
            // The record's own checks refused what the database holds.
            throw new IllegalStateException(
                    "A " + table.tableName() + " row in the database is invalid: " + e.getMessage(), e);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
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
            return column.accessor().invokeExact(row);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
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
