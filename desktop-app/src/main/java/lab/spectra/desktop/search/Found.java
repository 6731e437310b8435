package lab.spectra.desktop.search;

import java.util.UUID;

/**
 * One answer of the quick search: a record of the lab, what to call it in the list, and the key
 * its screen finds it by (a sample's barcode).
 */
public record Found(Kind kind, UUID id, String title, String detail, String key) {

    public enum Kind {
        SAMPLE("Sample"),
        RUN("Run"),
        RECIPE("Recipe"),
        INSTRUMENT("Instrument");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The line the list shows, e.g. "Sample · DEMO-0001 — Si test wafer lot 1". */
    public String line() {
        return kind.label() + " · " + title + (detail == null || detail.isBlank() ? "" : " — " + detail);
    }
}
