package lab.spectra.model.protocol;

/**
 * The streamed forms of the pull (ADR 0032): newline-delimited JSON, one object per line, so
 * that neither side holds a page in memory. A stream is complete only with its last line (a
 * {@link StreamedPullEnd} or {@link SnapshotEnd}); a stream cut before it is discarded whole.
 */
public final class RowStreams {

    /** What a bench sends in {@code Accept} to get a pull page streamed rather than as one JSON document. */
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private RowStreams() {}
}
