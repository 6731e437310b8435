package lab.spectra.model.instrument;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/** Checks the instrument commands share. */
final class InstrumentChecks {

    static final int TEXT = 200;
    static final int LONG_TEXT = 2000;
    /** A run limit beyond this is a typing error, not a plan. */
    static final int MAX_RUN_LIMIT = 100_000;

    private InstrumentChecks() {}

    /** The instrument, when it exists in this organization and is not deleted. */
    static Optional<Instrument> existing(DomainState state, UUID instrumentId) {
        return state.instrument(instrumentId).filter(found -> found.deletedAt() == null);
    }

    static Rejected instrumentNotFound() {
        return Checks.notFound("The instrument");
    }

    /** Work is entered after it was done, never before. */
    static Optional<Rejected> notInTheFuture(String what, Instant at, Instant authoredAt) {
        return Checks.failIf(
                at != null && at.isAfter(authoredAt), RejectionCode.INVALID_INPUT, what + " cannot be in the future");
    }

    static Optional<Rejected> newEvent(DomainState state, UUID eventId) {
        return state.instrumentEvent(eventId).map(existing -> Checks.alreadyExists("An instrument event"));
    }
}
