package lab.spectra.server.audit;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditCheckpoint;

/** What verifying one organization's audit trail found, against the newest checkpoint there is. */
public sealed interface AuditVerdict {

    UUID organizationId();

    /** Whether the trail is as it was written (no broken link, nothing missing at its end). */
    boolean intact();

    /** One word for the operator: OK, BROKEN, TRUNCATED or REWRITTEN. */
    String label();

    /** One line for the operator. */
    String describe();

    /**
     * Every link holds and the trail agrees with every checkpoint found.
     *
     * @param anchor the newest checkpoint, when one was found
     */
    record Intact(UUID organizationId, long entries, Optional<AuditCheckpoint> anchor) implements AuditVerdict {
        @Override
        public String label() {
            return "OK";
        }

        @Override
        public boolean intact() {
            return true;
        }

        @Override
        public String describe() {
            return entries + " entries, "
                    + anchor.map(checkpoint -> "agreeing with the checkpoint of " + checkpoint.signedAt()
                                    + " at entry #" + checkpoint.sequence())
                            .orElse("no checkpoint found to compare with");
        }
    }

    /** A link of the chain is broken. */
    record Broken(UUID organizationId, AuditChain.Break at) implements AuditVerdict {
        @Override
        public String label() {
            return "BROKEN";
        }

        @Override
        public boolean intact() {
            return false;
        }

        @Override
        public String describe() {
            return at.describe();
        }
    }

    /** The trail ends before the entry a checkpoint names: entries were removed from its end. */
    record Truncated(UUID organizationId, AuditCheckpoint checkpoint, long lastEntry) implements AuditVerdict {
        @Override
        public String label() {
            return "TRUNCATED";
        }

        @Override
        public boolean intact() {
            return false;
        }

        @Override
        public String describe() {
            return "the trail ends at entry #" + lastEntry + ", but the checkpoint signed " + checkpoint.signedAt()
                    + " names entry #" + checkpoint.sequence() + " (" + checkpoint.shortHash()
                    + "...): entries were removed from its end";
        }
    }

    /**
     * The entry a checkpoint names has another hash now: the trail was rewritten from that point or
     * before, hashes recomputed so the links hold.
     */
    record Rewritten(UUID organizationId, AuditCheckpoint checkpoint, String hashNow) implements AuditVerdict {
        @Override
        public String label() {
            return "REWRITTEN";
        }

        @Override
        public boolean intact() {
            return false;
        }

        @Override
        public String describe() {
            return "entry #" + checkpoint.sequence() + " has hash " + hashNow.substring(0, 12)
                    + "..., but the checkpoint signed " + checkpoint.signedAt() + " says " + checkpoint.shortHash()
                    + "...: the trail was rewritten up to there";
        }
    }
}
