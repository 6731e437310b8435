package lab.spectra.model.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.json.JsonObjects;

/**
 * One row change in a pull, numbered in the organization's commit order. {@code data} is the row
 * after the change, or {@code null} for a tombstone (the row is gone).
 */
public record ChangeEnvelope(long changeNumber, String table, UUID id, JsonNode data) {

    public ChangeEnvelope {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(id, "id");
        data = JsonObjects.nullToAbsent(data);
        if (changeNumber < 1) {
            throw new IllegalArgumentException("Change numbers start at 1");
        }
    }

    public boolean tombstone() {
        return data == null;
    }
}
