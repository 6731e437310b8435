package lab.spectra.model.rundata;

/**
 * Reads one export format. Pure: the same bytes always give the same outcome, nothing is read from
 * or written to anywhere else, so the server can re-check what a bench imported.
 */
public interface Importer {

    ParserId id();

    ImportOutcome parse(byte[] content);
}
