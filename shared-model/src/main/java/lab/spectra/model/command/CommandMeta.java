package lab.spectra.model.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What every command carries besides its arguments. The last five fields are the bench's
 * evidence for the server (ADR 0012): the time receipt bounds when the command can have been
 * made, and the chain fields and signature tie it to its author's device key. Scripts and REST
 * callers leave them out; such a command is judged at the server's receive time.
 *
 * @param commandId     unique per author and organization; the server keeps it with its answer so
 *                      that a command sent twice is decided once
 * @param authorId      the user who made the change
 * @param workstationId the bench PC (or script) it was made on; "device" is kept for the devices
 *                      on a wafer
 * @param authoredAt    the author's trusted clock when the change was made: run start and finish
 *                      times, custody times and the calibration lockout are judged at this time
 *                      when the server can vouch for it
 * @param timeReceipt   the latest server-signed time receipt the bench held (a JWS), or null
 * @param keyId         the author's device key that signed it, or null when unsigned
 * @param sequence      its place in that key's chain of commands, from 1
 * @param previousHash  the hash of the key's previous command ({@link #GENESIS} for the first)
 * @param signature     the device key's signature of this command's hash (a JWS)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandMeta(
        UUID commandId,
        UUID authorId,
        UUID workstationId,
        Instant authoredAt,
        String timeReceipt,
        String keyId,
        Long sequence,
        String previousHash,
        String signature) {

    /** The previous hash of the first command of a chain. */
    public static final String GENESIS = "0".repeat(64);

    public CommandMeta {
        Objects.requireNonNull(commandId, "command_id");
        Objects.requireNonNull(authorId, "author_id");
        Objects.requireNonNull(workstationId, "workstation_id");
        Objects.requireNonNull(authoredAt, "authored_at");
        // Both databases keep microseconds; a finer time would not survive a round trip.
        authoredAt = authoredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** An unsigned meta, as scripts, REST calls and not-yet-sealed bench commands have. */
    public CommandMeta(UUID commandId, UUID authorId, UUID workstationId, Instant authoredAt) {
        this(commandId, authorId, workstationId, authoredAt, null, null, null, null, null);
    }

    /** Every command carries its meta; one arriving without is malformed, not merely invalid. */
    public static CommandMeta require(CommandMeta meta) {
        return Objects.requireNonNull(
                meta, "Every command needs its meta (command_id, author_id, workstation_id, authored_at)");
    }

    /** Whether the command claims a device-key signature (whether it holds is the server's call). */
    public boolean signed() {
        return signature != null;
    }

    public CommandMeta withAuthoredAt(Instant time) {
        return new CommandMeta(
                commandId, authorId, workstationId, time, timeReceipt, keyId, sequence, previousHash, signature);
    }

    /** The meta placed in its author's chain, with the receipt it relies on, not yet signed. */
    public CommandMeta chained(String receipt, String key, long position, String previous) {
        return new CommandMeta(commandId, authorId, workstationId, authoredAt, receipt, key, position, previous, null);
    }

    public CommandMeta withSignature(String jws) {
        return new CommandMeta(
                commandId, authorId, workstationId, authoredAt, timeReceipt, keyId, sequence, previousHash, jws);
    }

    /** The same meta without any of the bench's evidence. */
    public CommandMeta unsigned() {
        return new CommandMeta(commandId, authorId, workstationId, authoredAt);
    }
}
