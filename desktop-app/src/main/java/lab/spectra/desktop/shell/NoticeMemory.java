package lab.spectra.desktop.shell;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What a person last put away of the launch notice on this PC, so that the notice opens once a day
 * and again only when its lines change, instead of at every sign-in. Called off the JavaFX thread.
 */
public interface NoticeMemory {

    /** The day a person closed the notice, and its lines then (as one text). */
    record Seen(LocalDate day, String lines) {}

    /** Remembers nothing: the notice opens at every sign-in. */
    NoticeMemory NONE = new NoticeMemory() {
        @Override
        public Optional<Seen> lastSeen(UUID person) {
            return Optional.empty();
        }

        @Override
        public void remember(UUID person, Seen seen) {}
    };

    Optional<Seen> lastSeen(UUID person);

    void remember(UUID person, Seen seen);
}
