package lab.spectra.model.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hash chain over an organization's audit trail. Each entry's hash covers its own content
 * and the previous entry's hash, so changing, removing or reordering any entry breaks every link
 * after it. Entries are hashed in the format they were written in ({@link AuditHashFormat}): format
 * 1 up to the marker entry, format 2 from it on.
 *
 * <p>A chain alone cannot show that entries were removed from its end, nor that someone with the
 * owner's power rewrote it from some point on: the signed checkpoints kept outside the database
 * ({@link AuditCheckpoint}) do.
 */
public final class AuditChain {

    /** The "previous hash" of an organization's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The hash of an entry appended now: in the current format. */
    public static String hash(AuditEntry entry) {
        return AuditHashFormat.V2.hash(entry);
    }

    /**
     * Checks entries of one organization given in sequence order: sequence numbers 1, 2, 3, …
     * without gaps, each linked to its predecessor's hash, each hash matching its content in the
     * format of its place in the chain.
     *
     * @return the first broken entry, or empty when the chain is intact
     */
    public static Optional<Break> verify(List<AuditEntry> entriesInSequenceOrder) {
        String expectedPrevious = GENESIS;
        long expectedSequence = 1;
        AuditHashFormat format = AuditHashFormat.V1;
        for (AuditEntry entry : entriesInSequenceOrder) {
            if (entry.sequence() != expectedSequence) {
                return Optional.of(new Break(
                        entry.sequence(),
                        entry.id(),
                        "expected entry number " + expectedSequence + " here; an entry is missing or out of order"));
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return Optional.of(new Break(
                        entry.sequence(),
                        entry.id(),
                        "does not follow the entry before it; an entry was removed, inserted or reordered"));
            }
            format = format.next(entry);
            if (!format.hash(entry).equals(entry.hash())) {
                return Optional.of(
                        new Break(entry.sequence(), entry.id(), "its content was changed after it was written"));
            }
            expectedPrevious = entry.hash();
            expectedSequence++;
        }
        return Optional.empty();
    }

    /** Where the chain breaks first, in words an auditor can act on. */
    public record Break(long sequence, UUID entryId, String problem) {

        public String describe() {
            return "Audit entry #" + sequence + " (" + entryId + ") " + problem;
        }
    }
}
