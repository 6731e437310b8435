package lab.spectra.model.command;

import java.util.Objects;

/**
 * Someone else changed a regulated field since the author last saw it. Nothing is overwritten;
 * the author is shown {@code current} next to their own version.
 */
public record Conflict(String message, Row current) implements Decision, Outcome {

    public Conflict {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(current, "current");
    }
}
