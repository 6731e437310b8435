package lab.spectra.model.custody;

import java.time.Instant;
import java.util.Optional;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/**
 * The chain of custody has no gaps: a hand-over starts with whoever received the sample last,
 * and happens no earlier than that last hand-over. The first hand-over may start anywhere (the
 * supplier, a courier). Custodian names are compared ignoring case and surrounding spaces,
 * because they are typed at the bench.
 */
public final class CustodyChain {

    private CustodyChain() {}

    public static Optional<Rejected> checkNext(
            Optional<CustodyEvent> previous,
            String sampleName,
            String fromCustodian,
            String toCustodian,
            Instant occurredAt) {
        if (sameCustodian(fromCustodian, toCustodian)) {
            return Optional.of(new Rejected(RejectionCode.INVALID_INPUT, "A hand-over needs two different custodians"));
        }
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        CustodyEvent last = previous.get();
        if (!sameCustodian(last.toCustodian(), fromCustodian)) {
            return Optional.of(new Rejected(
                    RejectionCode.CUSTODY_CHAIN_BROKEN,
                    "Sample " + sampleName + " is held by " + last.toCustodian() + ", not by "
                            + fromCustodian.strip()));
        }
        if (occurredAt.isBefore(last.occurredAt())) {
            return Optional.of(new Rejected(
                    RejectionCode.CUSTODY_OUT_OF_ORDER,
                    "Sample " + sampleName + " was last handed over at " + last.occurredAt()
                            + "; a later hand-over cannot be dated before that"));
        }
        return Optional.empty();
    }

    static boolean sameCustodian(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
