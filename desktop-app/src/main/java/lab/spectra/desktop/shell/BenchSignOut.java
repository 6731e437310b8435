package lab.spectra.desktop.shell;

import java.util.UUID;

/**
 * Forgets a person's online session and unlocked key on this PC, so their changes still waiting
 * are sent the next time they sign in online. May block: called off the JavaFX thread.
 */
@FunctionalInterface
public interface BenchSignOut {

    void signOut(UUID userId);
}
