package lab.spectra.model.rundata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Header facts of a file, kept in the order the file gave them so they read back as written. */
final class Metadata {

    private Metadata() {}

    static Map<String, String> copyOf(Map<String, String> metadata) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        metadata.forEach((key, value) ->
                copy.put(Objects.requireNonNull(key, "metadata key"), Objects.requireNonNull(value, "metadata value")));
        return Collections.unmodifiableMap(copy);
    }
}
