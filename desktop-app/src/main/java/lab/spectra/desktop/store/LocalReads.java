package lab.spectra.desktop.store;

/**
 * Reads of the bench's local copy of its organization's data. Each read is one transaction that
 * never sees a rebase half done; it blocks, so it runs off the JavaFX thread (through the
 * {@code TaskRunner}).
 */
public interface LocalReads {

    <T> T read(LocalQuery<T> query);
}
