package lab.spectra.model.protocol;

/** The last line of an initial load: how many rows came, so that a cut stream is never taken for a whole one. */
public record SnapshotEnd(long rows) {}
