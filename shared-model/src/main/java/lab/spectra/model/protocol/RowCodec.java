package lab.spectra.model.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    public RowCodec(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
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
