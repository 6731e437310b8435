package lab.spectra.server.export;

/** A file of an export as its manifest lists it. */
public record ListedFile(String path, long size, String sha256) {}
