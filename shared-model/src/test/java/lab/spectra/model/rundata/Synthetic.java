package lab.spectra.model.rundata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Series made up by a test, wrapped as an import so derived results can name a source. */
public final class Synthetic {

    public static final ParserId PARSER = new ParserId("test-synthetic", 1);

    private Synthetic() {}

    public static ImportedData.Curves curves(Series series) {
        byte[] standIn = series.toString().getBytes(StandardCharsets.UTF_8);
        return new ImportedData.Curves(PARSER, ContentHash.sha256(standIn), List.of(series), Map.of());
    }
}
