package lab.spectra.model.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * One column's conversions, prepared once per object mapper instead of once per row: an enum's
 * constants by their JSON text and back (what {@code mapper.convertValue} answers, asked once per
 * constant), a JSON column's Jackson type. A text that is not one of the constants' own (another
 * case, say) still goes through the mapper, so reading accepts and refuses exactly what it did.
 */
final class ColumnCodec {

    private final Class<?> type;
    private final Type genericType;
    private final boolean emptyObjectIsANode;
    private volatile Prepared prepared;

    private record Prepared(
            ObjectMapper mapper, Map<String, Object> enumsByText, Map<Object, String> textsByEnum, JavaType jsonType) {}

    ColumnCodec(Class<?> type, Type genericType) {
        this.type = type;
        this.genericType = genericType;
        this.emptyObjectIsANode = JsonNode.class.isAssignableFrom(type) && type.isAssignableFrom(ObjectNode.class);
    }

    Object enumOf(String text, ObjectMapper mapper) {
        Object constant = prepared(mapper).enumsByText().get(text);
        return constant != null ? constant : mapper.convertValue(text, type);
    }

    String enumText(Object constant, ObjectMapper mapper) {
        String text = prepared(mapper).textsByEnum().get(constant);
        return text != null ? text : mapper.convertValue(constant, String.class);
    }

    Object readJson(String text, ObjectMapper mapper) {
        if (text == null) {
            return null;
        }
        if (emptyObjectIsANode && text.equals("{}")) {
            // Most metadata columns hold nothing: no parser for them (the same node it would build).
            return mapper.getNodeFactory().objectNode();
        }
        try {
            return mapper.readValue(text, prepared(mapper).jsonType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON column holds invalid JSON", e);
        }
    }

    /** The conversions for this mapper: one mapper serves a process, so this is prepared once. */
    private Prepared prepared(ObjectMapper mapper) {
        Prepared current = prepared;
        if (current == null || current.mapper() != mapper) {
            current = prepare(mapper);
            prepared = current;
        }
        return current;
    }

    private Prepared prepare(ObjectMapper mapper) {
        Map<String, Object> enumsByText = new HashMap<>();
        Map<Object, String> textsByEnum = new HashMap<>();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                String text = mapper.convertValue(constant, String.class);
                enumsByText.put(text, constant);
                textsByEnum.put(constant, text);
            }
        }
        return new Prepared(
                mapper,
                Map.copyOf(enumsByText),
                Map.copyOf(textsByEnum),
                mapper.getTypeFactory().constructType(genericType));
    }
}
