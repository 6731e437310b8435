package lab.spectra.desktop.shell;

import java.util.UUID;

/**
 * A record another part of the window asked to show (the quick search): the screen that shows it,
 * its id, and the key that screen finds it by (a sample's barcode).
 */
public record RecordToOpen(Section section, UUID id, String key) {}
