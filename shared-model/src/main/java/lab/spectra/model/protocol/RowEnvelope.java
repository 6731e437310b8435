package lab.spectra.model.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.UUID;

/** A row on the wire: which table, which row, which version, and the row itself as JSON. */
public record RowEnvelope(String table, UUID id, long rowVersion, JsonNode data) {

    public RowEnvelope {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
    }
}
