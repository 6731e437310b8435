package lab.spectra.model.spc;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/** A control chart: one parameter of one instrument, with its centre line and control limits. */
public record SpcSeries(
        UUID id,
        UUID organizationId,
        UUID instrumentId,
        String parameter,
        String unit,
        double centerLine,
        double lowerControlLimit,
        double upperControlLimit,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public SpcSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(instrumentId, "instrument_id");
        Objects.requireNonNull(parameter, "parameter");
        if (!(lowerControlLimit < upperControlLimit)) {
            throw new IllegalArgumentException("The lower control limit must be below the upper one");
        }
    }
}
