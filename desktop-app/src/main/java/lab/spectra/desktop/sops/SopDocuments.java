package lab.spectra.desktop.sops;

import lab.spectra.model.attachment.Attachment;

/**
 * Opens a file attached to an SOP in the system's own viewer, fetching it from the server first
 * when this bench does not hold it.
 */
@FunctionalInterface
public interface SopDocuments {

    /** Runs in the background; throws with a sentence to show when the file cannot be opened. */
    void open(Attachment document) throws Exception;
}
