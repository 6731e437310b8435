package lab.spectra.model.availability;

import java.util.Optional;
import lab.spectra.model.command.DomainState;

/** The instrument must be in service: out of service, under maintenance and retired are holds. */
public final class InstrumentServicePermit implements Permit {

    @Override
    public Optional<Hold> check(RunRequest request, DomainState state) {
        return request.instrument().inService()
                ? Optional.empty()
                : Optional.of(new Hold.InstrumentNotInService(request.instrument()));
    }
}
