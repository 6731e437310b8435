package lab.spectra.model.rundata.importers;

import java.util.List;
import java.util.Map;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.rundata.ImportError;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.ParserId;
import lab.spectra.model.rundata.Series;

/** The frame every text importer runs in: decode, read, and turn the first problem into a failure. */
final class TextImport {

    /** What a text parser read, before it is stamped with the parser and the content hash. */
    record Read(List<Series> series, Map<String, String> metadata) {}

    @FunctionalInterface
    interface Reader {
        Read read(TextFile file);
    }

    private TextImport() {}

    static ImportOutcome run(ParserId parser, byte[] content, Reader reader) {
        try {
            Read read = reader.read(TextFile.decode(content));
            return new ImportOutcome.Imported(
                    new ImportedData.Curves(parser, ContentHash.sha256(content), read.series(), read.metadata()));
        } catch (MalformedFile problem) {
            return new ImportOutcome.Failed(
                    new ImportError(parser, problem.problem(), problem.getMessage(), problem.line()));
        }
    }
}
