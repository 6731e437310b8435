package lab.spectra.model.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/**
 * A physical specimen; its barcode is unique within the organization, deleted samples included.
 *
 * @param deletedBy      who deleted it (softly: it stays, hidden from lists); {@code null} while live
 * @param deletionReason why, in their words
 */
public record Sample(
        UUID id,
        UUID organizationId,
        String name,
        String barcode,
        UUID materialId,
        String location,
        SampleStatus status,
        String notes,
        ObjectNode metadata,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion,
        UUID deletedBy,
        String deletionReason)
        implements Row {

    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(barcode, "barcode");
        Objects.requireNonNull(status, "status");
        metadata = JsonObjects.copyOrEmpty(metadata);
    }

    public Sample edited(String name, String barcode, String location, SampleStatus status, String notes, Instant now) {
        return edited(name, barcode, materialId, location, status, notes, now);
    }

    public Sample edited(
            String name,
            String barcode,
            UUID materialId,
            String location,
            SampleStatus status,
            String notes,
            Instant now) {
        return new Sample(
                id,
                organizationId,
                name,
                barcode,
                materialId,
                location,
                status,
                notes,
                metadata,
                createdBy,
                createdAt,
                now,
                deletedAt,
                rowVersion + 1,
                deletedBy,
                deletionReason);
    }

    /** The same sample, deleted softly by {@code deleter} for {@code reason}: every other field stays. */
    public Sample softDeleted(UUID deleter, String reason, Instant now) {
        return new Sample(
                id,
                organizationId,
                name,
                barcode,
                materialId,
                location,
                status,
                notes,
                metadata,
                createdBy,
                createdAt,
                now,
                now,
                rowVersion + 1,
                deleter,
                reason);
    }

    public Sample movedTo(String newLocation, Instant now) {
        return edited(name, barcode, newLocation, status, notes, now);
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
