package lab.spectra.model.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** One line of an initial load: a row as it is at the snapshot's checkpoint, in its table's wire form. */
public record SnapshotRow(String table, JsonNode data) {

    public SnapshotRow {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(data, "data");
    }
}
