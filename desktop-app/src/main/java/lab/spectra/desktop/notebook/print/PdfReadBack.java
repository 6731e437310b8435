package lab.spectra.desktop.notebook.print;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A written PDF read back with the PDF library the app ships: proof that the file parses and that
 * its text is the text printed (the self-test of an installed app uses it; the tests read PDFs
 * with a second, independent library).
 */
public final class PdfReadBack {

    /** What a PDF holds: its pages and the text of all of them. */
    public record Contents(int pages, String text) {}

    private PdfReadBack() {}

    /**
     * Reads the PDF's pages and text.
     *
     * @throws UncheckedIOException when the file cannot be read or is no PDF
     */
    public static Contents read(Path pdf) {
        try {
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return new Contents(reader.getNumberOfPages(), text.toString());
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF " + pdf + " cannot be read: " + e.getMessage(), e);
        }
    }
}
