package lab.spectra.desktop.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;

/**
 * Reads a streamed pull or initial load line by line (ADR 0032). A row is read straight into its
 * record, without a tree in between; every other line (the first and last of a stream) is handed
 * over as it is.
 */
final class RowStreamReader {

    /** What the lines of a stream say, in their order. */
    interface Lines {
        void row(Row row) throws IOException;

        void tombstone(Table table, UUID id) throws IOException;

        /** A line that is not a row: a stream's first or last line. */
        void other(ObjectNode line);
    }

    private final ObjectMapper mapper;
    private final RowCodec codec;
    // A value read from the middle of a line is followed by the rest of that line.
    private final ObjectReader trees;

    RowStreamReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.codec = new RowCodec(mapper);
        this.trees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    void read(InputStream body, Lines lines) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    throw new IOException("The server's stream has a line that is not an object");
                }
                line(parser, lines);
            }
        }
    }

    private void line(JsonParser parser, Lines lines) throws IOException {
        ObjectNode others = mapper.createObjectNode();
        Table table = null;
        String id = null;
        Row row = null;
        JsonNode unreadData = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "table" -> table = table(parser.getText());
                case "id" -> id = parser.getText();
                case "change_number" -> {
                    // The page's end line carries the checkpoint; a change's own number is not needed.
                }
                case "data" -> {
                    if (value == JsonToken.VALUE_NULL) {
                        break;
                    }
                    if (table != null) {
                        row = codec.read(parser, table);
                    } else {
                        // A server that named the table after the data: read it the slow way.
                        unreadData = trees.readTree(parser);
                    }
                }
                default -> others.set(field, trees.readTree(parser));
            }
        }
        if (table == null) {
            lines.other(others);
            return;
        }
        if (row == null && unreadData != null) {
            row = codec.decode(table.tableName(), unreadData);
        }
        if (row != null) {
            lines.row(row);
        } else if (id != null) {
            lines.tombstone(table, UUID.fromString(id));
        } else {
            throw new IOException("The server's stream has a " + table.tableName() + " line without a row or an id");
        }
    }

    private static Table table(String name) throws IOException {
        return Table.byName(name)
                .orElseThrow(() -> new IOException("The server sent rows of an unknown table " + name));
    }
}
