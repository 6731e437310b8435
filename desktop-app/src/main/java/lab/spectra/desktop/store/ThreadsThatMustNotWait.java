package lab.spectra.desktop.store;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Threads on which the local database is refused because a person would wait for it: the JavaFX
 * application thread, whose every blocked moment freezes the window. Named by thread in the system
 * property {@value #PROPERTY} (comma-separated) so that the offline core stays free of JavaFX; the
 * desktop tests set it to the JavaFX thread, so every screen they drive proves it reads and writes
 * through the {@code TaskRunner}. Unset, nothing is refused.
 */
final class ThreadsThatMustNotWait {

    static final String PROPERTY = "spectra.bench.refuseDatabaseOn";

    private final Set<String> names;

    private ThreadsThatMustNotWait(Set<String> names) {
        this.names = names;
    }

    static ThreadsThatMustNotWait fromSystemProperty() {
        String configured = System.getProperty(PROPERTY, "");
        return new ThreadsThatMustNotWait(Arrays.stream(configured.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** @throws IllegalStateException on a thread that must not wait for the database */
    void check() {
        String current = Thread.currentThread().getName();
        if (names.contains(current)) {
            throw new IllegalStateException("The local database was used on the " + current
                    + ", which must never wait for it; run this work through the TaskRunner");
        }
    }
}
