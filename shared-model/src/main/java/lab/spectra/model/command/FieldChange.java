package lab.spectra.model.command;

import java.util.Objects;

/**
 * An edit of one field: the value the author saw and the value they want. Carrying {@code from}
 * lets the server tell "someone else changed this meanwhile" apart from a plain edit, which is
 * what the conflict rule needs (ADR 0004).
 */
public record FieldChange<T>(T from, T to) {

    public boolean unchangedSince(T current) {
        return Objects.equals(from, current);
    }
}
