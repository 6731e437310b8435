package lab.spectra.model.availability;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;

/**
 * The question the availability model answers: may this person work on this instrument with this
 * recipe at this moment? The moment is the one the deciding side vouches for: the author's time
 * on the bench, the server-vouched time at receive (ADR 0012).
 */
public record RunRequest(UUID personId, String personName, Instrument instrument, Recipe recipe, Instant at) {

    public RunRequest {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(at, "at");
        personName = personName == null || personName.isBlank() ? "This person" : personName;
    }
}
