package lab.spectra.model.rundata.derived;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;

/** What a derived result was computed from, back to the raw file's bytes where there is one. */
public sealed interface Provenance {

    /** The SHA-256 of the raw file at the root of the chain, if the chain starts at a file. */
    Optional<String> rawFileSha256();

    ObjectNode toJson();

    /**
     * A trace of an imported file.
     *
     * @param sourceSha256 the file's content address
     * @param parser the parser (and version) that read it
     * @param series which series of the file
     * @param trace which y trace of the series
     */
    record FromFile(String sourceSha256, ParserId parser, String series, String trace) implements Provenance {

        public FromFile {
            Objects.requireNonNull(sourceSha256, "source sha256");
            Objects.requireNonNull(parser, "parser");
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(trace, "trace");
        }

        static FromFile of(ImportedData.Curves curves, Series series, String trace) {
            if (!curves.series().contains(series)) {
                throw new IllegalArgumentException("Series " + series.name() + " is not one of this import's");
            }
            return new FromFile(curves.sourceSha256(), curves.parser(), series.name(), trace);
        }

        @Override
        public Optional<String> rawFileSha256() {
            return Optional.of(sourceSha256);
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = JsonObjects.empty();
            json.put("kind", "file");
            json.put("source_sha256", sourceSha256);
            json.put("parser", parser.toString());
            json.put("series", series);
            json.put("trace", trace);
            return json;
        }
    }

    /** Another derived result, e.g. a sheet resistance from the resistance of a 4-point-probe sweep. */
    record FromResult(DerivedResult upstream) implements Provenance {

        public FromResult {
            Objects.requireNonNull(upstream, "upstream");
        }

        @Override
        public Optional<String> rawFileSha256() {
            return upstream.provenance().rawFileSha256();
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = JsonObjects.empty();
            json.put("kind", "result");
            json.set("upstream", upstream.toPayload());
            return json;
        }
    }

    /** Numbers a person read off an instrument and typed in. */
    record Entered() implements Provenance {

        @Override
        public Optional<String> rawFileSha256() {
            return Optional.empty();
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = JsonObjects.empty();
            json.put("kind", "entered");
            return json;
        }
    }
}
