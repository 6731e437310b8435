package lab.spectra.model.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/**
 * One execution of a recipe on an instrument and a sample (optionally one device of it).
 *
 * @param calibrationId the certificate in force when the run started: when it is revoked, the
 *                      runs that relied on it are listed for review
 */
public record Run(
        UUID id,
        UUID organizationId,
        UUID recipeId,
        int recipeVersion,
        UUID instrumentId,
        UUID calibrationId,
        UUID sampleId,
        UUID deviceId,
        UUID operatorId,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        String blockedReason,
        String abortReason,
        ObjectNode parameters,
        Instant createdAt,
        Instant updatedAt,
        long rowVersion)
        implements Row {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(recipeId, "recipe_id");
        Objects.requireNonNull(instrumentId, "instrument_id");
        Objects.requireNonNull(sampleId, "sample_id");
        Objects.requireNonNull(operatorId, "operator_id");
        Objects.requireNonNull(status, "status");
        parameters = JsonObjects.copyOrEmpty(parameters);
        if (finishedAt != null && (startedAt == null || finishedAt.isBefore(startedAt))) {
            throw new IllegalArgumentException("A run cannot finish before it started");
        }
    }

    public Run finished(Instant at, Instant now) {
        return withStatus(RunStatus.FINISHED, at, blockedReason, abortReason, now);
    }

    public Run aborted(String reason, Instant at, Instant now) {
        // A run aborted before it started has no end time either.
        return withStatus(RunStatus.ABORTED, startedAt == null ? null : at, blockedReason, reason, now);
    }

    public Run blocked(String reason, Instant now) {
        return withStatus(RunStatus.BLOCKED, finishedAt, reason, abortReason, now);
    }

    private Run withStatus(
            RunStatus newStatus, Instant newFinishedAt, String newBlockedReason, String newAbortReason, Instant now) {
        return new Run(
                id,
                organizationId,
                recipeId,
                recipeVersion,
                instrumentId,
                calibrationId,
                sampleId,
                deviceId,
                operatorId,
                newStatus,
                startedAt,
                newFinishedAt,
                newBlockedReason,
                newAbortReason,
                parameters,
                createdAt,
                now,
                rowVersion + 1);
    }
}
