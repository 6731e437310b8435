package lab.spectra.model.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.Row;

/** Turns rows and outcomes into their wire form and back. */
public final class RowCodec {

    private final ObjectMapper mapper;
    // Streams write and read many rows through one generator or parser: no flush per row, and a
    // row read from the middle of a line is followed by the rest of that line.
    private final ObjectWriter streamWriter;
    private final ObjectReader streamReader;

    public RowCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.streamWriter = mapper.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.streamReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Writes the row's wire form (the same JSON {@link #encode} gives) as the generator's next
     * value: how a streamed pull sends rows without building a tree for each.
     */
    public void write(JsonGenerator generator, Row row) throws IOException {
        streamWriter.writeValue(generator, row);
    }

    /**
     * Reads one row of the table from the parser, which must stand on the row's opening brace
     * (or just before it); the parser is left on the row's closing brace.
     */
    public Row read(JsonParser parser, Table table) throws IOException {
        return streamReader.forType(table.rowType()).readValue(parser);
    }

    /**
     * The row's JSON tree as a reader will see it. Going through text on purpose: a tree built
     * straight from the object keeps Java's number types (a long stays a long), which then differ
     * from the same JSON parsed on the other side.
     */
    public RowEnvelope encode(Row row) {
        try {
            JsonNode data = mapper.readTree(mapper.writeValueAsBytes(row));
            return new RowEnvelope(Table.of(row).tableName(), row.id(), row.rowVersion(), data);
        } catch (IOException e) {
            throw new IllegalStateException("A domain row could not be written as JSON", e);
        }
    }

    public Row decode(String tableName, JsonNode data) {
        Table table =
                Table.byName(tableName).orElseThrow(() -> new IllegalArgumentException("Unknown table: " + tableName));
        try {
            return mapper.treeToValue(data, table.rowType());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid " + tableName + " row: " + e.getOriginalMessage(), e);
        }
    }

    public Row decode(RowEnvelope envelope) {
        return decode(envelope.table(), envelope.data());
    }

    public CommandResult result(UUID commandId, Outcome outcome) {
        if (outcome instanceof Applied applied) {
            List<RowEnvelope> rows = applied.changes().stream()
                    .map(change -> encode(change.after()))
                    .toList();
            return new CommandResult.Applied(commandId, rows);
        }
        if (outcome instanceof Rejected rejected) {
            return new CommandResult.Rejected(commandId, rejected.code(), rejected.message());
        }
        Conflict conflict = (Conflict) outcome;
        return new CommandResult.Conflict(commandId, conflict.message(), encode(conflict.current()));
    }
}
