package lab.spectra.model.availability;

import java.util.List;
import java.util.Optional;
import lab.spectra.model.command.Rejected;

/** The answer of {@link RunAvailability}: available, or held for one or more reasons. */
public sealed interface Availability {

    /** The refusal a command gets: the first hold's, in the order the permits are checked. */
    Optional<Rejected> refusal();

    record Available() implements Availability {
        @Override
        public Optional<Rejected> refusal() {
            return Optional.empty();
        }
    }

    record Held(List<Hold> holds) implements Availability {
        public Held {
            holds = List.copyOf(holds);
            if (holds.isEmpty()) {
                throw new IllegalArgumentException("Held needs at least one hold");
            }
        }

        @Override
        public Optional<Rejected> refusal() {
            return Optional.of(holds.get(0).rejection());
        }
    }
}
