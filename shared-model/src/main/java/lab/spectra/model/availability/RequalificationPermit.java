package lab.spectra.model.availability;

import java.util.Optional;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.instrument.RequalificationRule;

/** The instrument must not be waiting for a requalification (after maintenance, a move, or its run limit). */
public final class RequalificationPermit implements Permit {

    private final RequalificationRule rule = new RequalificationRule();

    @Override
    public Optional<Hold> check(RunRequest request, DomainState state) {
        return rule.pending(request.instrument(), state, request.at())
                .map(trigger ->
                        new Hold.RequalificationNeeded(request.instrument().name(), trigger));
    }
}
