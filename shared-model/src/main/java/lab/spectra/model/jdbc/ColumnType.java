package lab.spectra.model.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
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

    void bind(PreparedStatement statement, int index, Object value, ObjectMapper mapper) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
            return;
        }
        switch (this) {
            case ID -> statement.setObject(index, value);
            case TIMESTAMP -> statement.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
            case TEXT -> statement.setString(index, (String) value);
            case ENUM -> statement.setString(index, mapper.convertValue(value, String.class));
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case BIGINT -> statement.setLong(index, ((Number) value).longValue());
            case INTEGER -> statement.setInt(index, ((Number) value).intValue());
            case DOUBLE -> statement.setDouble(index, ((Number) value).doubleValue());
            case JSON -> statement.setString(index, writeJson(value, mapper));
        }
    }

    Object read(ResultSet rows, String column, Class<?> type, Type genericType, ObjectMapper mapper)
            throws SQLException {
        Object value =
                switch (this) {
                    case ID -> rows.getObject(column, UUID.class);
                    case TIMESTAMP -> {
                        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
                        yield time == null ? null : time.toInstant();
                    }
                    case TEXT -> rows.getString(column);
                    case ENUM -> {
                        String text = rows.getString(column);
                        yield text == null ? null : mapper.convertValue(text, type);
                    }
                    case BOOLEAN -> rows.getBoolean(column);
                    case BIGINT -> rows.getLong(column);
                    case INTEGER -> rows.getInt(column);
                    case DOUBLE -> rows.getDouble(column);
                    case JSON -> readJson(rows.getString(column), genericType, mapper);
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

    private static Object readJson(String text, Type genericType, ObjectMapper mapper) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readValue(text, mapper.getTypeFactory().constructType(genericType));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column holds invalid JSON", e);
        }
    }
}
