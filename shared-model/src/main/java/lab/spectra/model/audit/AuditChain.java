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
        Walk walk = Walk.fromGenesis();
        for (AuditEntry entry : entriesInSequenceOrder) {
            Optional<Break> broken = walk.next(entry);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }

    /**
     * The chain checked one entry at a time, so a trail of a million entries can be streamed
     * through it in batches instead of held in a list. Starts at the genesis, or after an entry
     * already known good (a signed checkpoint's), in the hash format of that place.
     */
    public static final class Walk {

        private String expectedPrevious;
        private long expectedSequence;
        private AuditHashFormat format;

        private Walk(String expectedPrevious, long expectedSequence, AuditHashFormat format) {
            this.expectedPrevious = expectedPrevious;
            this.expectedSequence = expectedSequence;
            this.format = format;
        }

        public static Walk fromGenesis() {
            return new Walk(GENESIS, 1, AuditHashFormat.V1);
        }

        /**
         * A walk continuing after a trusted entry.
         *
         * @param format the format of the trusted entry: {@link AuditHashFormat#V2} when the format
         *               marker is at or before it
         */
        public static Walk after(long sequence, String hash, AuditHashFormat format) {
            return new Walk(hash, sequence + 1, format);
        }

        /** Checks the next entry; the first break found, or empty when it links. */
        public Optional<Break> next(AuditEntry entry) {
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
            return Optional.empty();
        }

        /** How many entries the walk has accepted in all, counting those before its start. */
        public long lastSequence() {
            return expectedSequence - 1;
        }
    }

    /** Where the chain breaks first, in words an auditor can act on. */
    public record Break(long sequence, UUID entryId, String problem) {

        public String describe() {
            return "Audit entry #" + sequence + " (" + entryId + ") " + problem;
        }
    }
}
