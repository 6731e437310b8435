package lab.spectra.model.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** A device (transistor, diode, test structure) on a wafer. */
public record Device(
        UUID id,
        UUID organizationId,
        UUID waferId,
        String name,
        String deviceType,
        ObjectNode metadata,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(waferId, "wafer_id");
        Objects.requireNonNull(name, "name");
        metadata = JsonObjects.copyOrEmpty(metadata);
    }

    public Device edited(String newName, String newDeviceType, Instant now) {
        return new Device(
                id,
                organizationId,
                waferId,
                newName,
                newDeviceType,
                metadata,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1);
    }
}
