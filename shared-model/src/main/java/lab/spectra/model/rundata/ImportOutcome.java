package lab.spectra.model.rundata;

import java.util.Objects;

/** A parser's answer: the data read, or why there is none. A failed import yields nothing at all. */
public sealed interface ImportOutcome {

    record Imported(ImportedData data) implements ImportOutcome {
        public Imported {
            Objects.requireNonNull(data, "data");
        }
    }

    record Failed(ImportError error) implements ImportOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }

    /** For callers that already know the file is good (demo data, tests); otherwise match on the type. */
    default ImportedData orElseThrow() {
        if (this instanceof Imported imported) {
            return imported.data();
        }
        throw new IllegalStateException(((Failed) this).error().describe());
    }
}
