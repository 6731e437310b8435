package lab.spectra.model.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What every command carries besides its arguments.
 *
 * @param commandId     unique per command; the server keeps it with its answer so that a command
 *                      sent twice is decided once
 * @param authorId      the user who made the change
 * @param workstationId the bench PC (or script) it was made on; "device" is kept for the devices
 *                      on a wafer
 * @param authoredAt    the author's trusted clock when the change was made: run start and finish
 *                      times, custody times and the calibration lockout are judged at this time
 */
public record CommandMeta(UUID commandId, UUID authorId, UUID workstationId, Instant authoredAt) {

    public CommandMeta {
        Objects.requireNonNull(commandId, "command_id");
        Objects.requireNonNull(authorId, "author_id");
        Objects.requireNonNull(workstationId, "workstation_id");
        Objects.requireNonNull(authoredAt, "authored_at");
        // Both databases keep microseconds; a finer time would not survive a round trip.
        authoredAt = authoredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Every command carries its meta; one arriving without is malformed, not merely invalid. */
    public static CommandMeta require(CommandMeta meta) {
        return Objects.requireNonNull(
                meta, "Every command needs its meta (command_id, author_id, workstation_id, authored_at)");
    }
}
