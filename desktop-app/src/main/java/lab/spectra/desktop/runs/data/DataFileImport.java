package lab.spectra.desktop.runs.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.rundata.ContentHash;
import lab.spectra.model.rundata.ImportError;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Importer;
import lab.spectra.model.rundata.derived.DerivedResult;
import lab.spectra.model.rundata.derived.StandardDerivations;
import lab.spectra.model.rundata.importers.ColumnMapping;
import lab.spectra.model.rundata.importers.FormatDetector;
import lab.spectra.model.rundata.importers.GenericCsvImporter;
import lab.spectra.model.rundata.importers.ImportFormat;
import lab.spectra.model.rundata.importers.Importers;

/**
 * What an instrument export holds, decided before anything is recorded: its format (from its
 * content first), the parsed data, and the results the named algorithms derive from it. A file that
 * cannot be read is refused with the importer's words and line, so nothing of it reaches the run.
 */
public final class DataFileImport {

    /** The outcome of reading a file. */
    public sealed interface Reading {}

    /**
     * A file read well.
     *
     * @param derived the results the algorithms could compute; one that refused is left out
     */
    public record Read(ImportFormat format, ImportedData data, List<DerivedResult> derived) implements Reading {
        public Read {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(data, "data");
            derived = List.copyOf(derived);
        }
    }

    /**
     * An SEM image that reads well but carries no pixel size: it is attached all the same, and
     * shown without a scale bar until a person types in the size of one pixel.
     */
    public record UnscaledImage(ImportFormat format, String sourceSha256) implements Reading {
        public UnscaledImage {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(sourceSha256, "source sha256");
        }
    }

    /** A file that is not usable, and why, in words a technician can act on. */
    public record Refused(String reason) implements Reading {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private DataFileImport() {}

    public static Reading read(String fileName, byte[] content) {
        return read(fileName, content, Optional.empty());
    }

    /**
     * Reads a file of a run whose recipe may keep a column mapping: a dedicated format found in the
     * content comes first; a table none of them knows is read by the recipe's mapping, if it has one.
     */
    public static Reading read(String fileName, byte[] content, Optional<ColumnMapping> recipeMapping) {
        Optional<FormatDetector.Detection> detection = FormatDetector.detect(fileName, content);
        if (detection.isEmpty() && recipeMapping.isPresent()) {
            return parsed(ImportFormat.GENERIC_CSV, new GenericCsvImporter(recipeMapping.get()), content);
        }
        if (detection.isEmpty()) {
            return new Refused(fileName
                    + " is not an export this bench recognises (Keithley sweep CSV, Ocean spectrum, Woollam Psi/Delta,"
                    + " XRD .xy or .ras, SEM image), and the run's recipe keeps no column mapping for other tables");
        }
        ImportFormat format = detection.get().format();
        return parsed(format, Importers.standard(format), content);
    }

    private static Reading parsed(ImportFormat format, Importer importer, byte[] content) {
        ImportOutcome outcome = importer.parse(content);
        if (outcome instanceof ImportOutcome.Failed failed
                && failed.error().problem() == ImportError.Problem.PIXEL_SIZE_REQUIRED) {
            return new UnscaledImage(format, ContentHash.sha256(content));
        }
        if (outcome instanceof ImportOutcome.Failed failed) {
            return new Refused(failed.error().describe());
        }
        ImportedData data = ((ImportOutcome.Imported) outcome).data();
        return new Read(format, data, derive(format, data));
    }

    /** The media type an attachment of this format is recorded with. */
    public static String mediaType(ImportFormat format, String fileName) {
        String lowerName = fileName.toLowerCase(java.util.Locale.ROOT);
        return switch (format) {
            case SEM_IMAGE -> lowerName.endsWith(".png") ? "image/png" : "image/tiff";
            case KEITHLEY_SWEEP_CSV, GENERIC_CSV -> "text/csv";
            default -> "text/plain";
        };
    }

    /**
     * The results worth computing at import, over each method's default window: the IV slope for a
     * sweep, the main peak of a spectrum or diffractogram. A person can narrow the window later.
     */
    static List<DerivedResult> derive(ImportFormat format, ImportedData data) {
        return StandardDerivations.atImport(format, data);
    }
}
