package lab.spectra.model.report;

import java.util.Objects;
import java.util.UUID;

/**
 * A record the entry links to, as the printout names it.
 *
 * @param kind  what is linked, in words ("Sample", "Run", "Instrument")
 * @param label how people know it (a sample code, a run's name); the id is printed as well
 */
public record PrintableLink(String kind, String label, UUID id) {

    public PrintableLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id.toString() : label;
    }
}
