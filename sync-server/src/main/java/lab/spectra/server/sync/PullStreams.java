package lab.spectra.server.sync;

import java.util.Objects;

/** The streamed forms of the pull (ADR 0032): a page of changes, and the initial load of a fresh bench. */
public record PullStreams(StreamedPull pull, InitialLoad initialLoad) {

    public PullStreams {
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(initialLoad, "initialLoad");
    }
}
