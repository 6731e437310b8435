package lab.spectra.model.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

/**
 * How one Java type of a row component is stored. Enums are stored as their JSON text (lower
 * case), JSON nodes and lists as JSON, instants as {@code TIMESTAMP WITH TIME ZONE} in UTC.
 */
enum ColumnType {
    ID(Types.OTHER),
    TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE),
    TEXT(Types.VARCHAR),
    ENUM(Types.VARCHAR),
    BOOLEAN(Types.BOOLEAN),
    BIGINT(Types.BIGINT),
    INTEGER(Types.INTEGER),
    DOUBLE(Types.DOUBLE),
    JSON(Types.VARCHAR);

    private final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    static ColumnType of(Class<?> type) {
        if (type == UUID.class) {
            return ID;
        }
        if (type == Instant.class) {
            return TIMESTAMP;
        }
        if (type == String.class) {
            return TEXT;
        }
        if (type.isEnum()) {
            return ENUM;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == long.class || type == Long.class) {
            return BIGINT;
        }
        if (type == int.class || type == Integer.class) {
            return INTEGER;
        }
        if (type == double.class || type == Double.class) {
            return DOUBLE;
        }
        if (JsonNode.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return JSON;
        }
        throw new IllegalArgumentException("No column type for " + type.getName());
    }

    /**
     * Binds a value the way {@link #read} reads it back.
     *
     * @param codec the column's conversions prepared once (enum texts, JSON type)
     */
    void bind(PreparedStatement statement, int index, Object value, ColumnCodec codec, ObjectMapper mapper)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case ID -> statement.setObject(index, value);
            case TIMESTAMP -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            case TEXT -> statement.setString(index, (String) value);
            case ENUM -> statement.setString(index, codec.enumText(value, mapper));
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case BIGINT -> statement.setLong(index, ((Number) value).longValue());
            case INTEGER -> statement.setInt(index, ((Number) value).intValue());
            case DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
            case JSON -> statement.setString(index, writeJson(value, mapper));
        }
    }

    /** Reads the column at {@code index} (1-based) of the current row. */
    Object read(ResultSet rows, int index, Class<?> type, ColumnCodec codec, ObjectMapper mapper) throws SQLException {
        Object value =
                switch (this) {
                    case ID -> rows.getObject(index, UUID.class);
                    case TIMESTAMP -> {
                        OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
                        yield time == null ? null : time.toInstant();
                    }
                    case TEXT -> rows.getString(index);
                    case ENUM -> {
                        String text = rows.getString(index);
                        yield text == null ? null : codec.enumOf(text, mapper);
                    }
                    case BOOLEAN -> rows.getBoolean(index);
                    case BIGINT -> rows.getLong(index);
                    case INTEGER -> rows.getInt(index);
                    case DOUBLE -> rows.getDouble(index);
                    case JSON -> codec.readJson(rows.getString(index), mapper);
                };
        if (rows.wasNull() && !type.isPrimitive()) {
            return null;
        }
        return value;
    }

    private static String writeJson(Object value, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value cannot be stored as JSON", e);
        }
    }
}
