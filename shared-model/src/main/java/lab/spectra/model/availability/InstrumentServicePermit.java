package lab.spectra.model.availability;

import java.util.Optional;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.StatusInForce;

/**
 * The instrument must be in service at the request's moment: out of service, under maintenance and
 * retired are holds. The status is the one in force then ({@link StatusInForce}), so a run started
 * offline before the instrument was taken out of service stands when it syncs.
 */
public final class InstrumentServicePermit implements Permit {

    @Override
    public Optional<Hold> check(RunRequest request, DomainState state) {
        Instrument then = StatusInForce.at(
                request.instrument(), state.eventsOf(request.instrument().id()), request.at());
        return then.inService() ? Optional.empty() : Optional.of(new Hold.InstrumentNotInService(then));
    }
}
