package lab.spectra.model.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Locale;

/**
 * Prints a run as a PDF report: a header naming the run, its context (sample, device, recipe
 * version, instrument and the calibration certificate in force at the run, operator, times), its
 * chart (curves drawn as vector graphics by {@link VectorChart}, or an SEM image with its scale bar),
 * the results with how each was obtained, the raw files with their size and SHA-256, the
 * manifestation of every signature on the run, and a verification block with the hash of the
 * record data printed ({@link PrintedRecordHash}). Every page ends in "Page n of m, run &lt;id&gt;".
 *
 * <p>The bench and the server print with this one class from the same {@link PrintableRun}, so a
 * report looks the same wherever it was made. All text is set in embedded Unicode fonts
 * ({@link PrintFonts}). One instance serves any number of printouts, also at the same time.
 */
public final class RunReportPdf {

    /** The chart spans the text column; its height keeps it and the context on the first page. */
    private static final float CHART_HEIGHT = 235f;

    /** A section starts on a new page unless its heading and a few lines fit on this one. */
    private static final float SECTION_ROOM = 90f;

    private final PrintFonts fonts;

    public RunReportPdf() {
        this.fonts = new PrintFonts();
    }

    /** Writes the run's report to {@code out}; the stream is left open. */
    public void write(PrintableRun run, OutputStream out) {
        try {
            PrintedPages.numberPages(fonts, pages(run), "run " + run.runId(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("The report of run " + run.runId() + " could not be written", e);
        }
    }

    /** The run's report as bytes. */
    public byte[] bytes(PrintableRun run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(run, out);
        return out.toByteArray();
    }

    private byte[] pages(PrintableRun run) {
        PrintFonts.Faces faces = fonts.forOneDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PrintedPages.a4();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title(run));
        document.addSubject("Run report " + run.runId());
        document.addAuthor(run.context().operator());
        document.addCreator("SPECTRA-Lab");
        document.open();
        try {
            header(document, run, faces);
            context(document, run, faces);
            PrintedPages.section(document, "Chart", faces);
            new ReportChart(faces).add(document, writer, run.chart(), document.right() - document.left(), CHART_HEIGHT);
            results(document, writer, run, faces);
            files(document, writer, run, faces);
            PrintedPages.section(document, writer, "Signatures", faces, SECTION_ROOM);
            PrintedPages.signatures(document, run.signatures(), run.timeZone(), "Not signed.", faces);
            verification(document, writer, run, faces);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String title(PrintableRun run) {
        return "Run of " + run.context().recipe() + " v" + run.context().recipeVersion();
    }

    private static void header(Document document, PrintableRun run, PrintFonts.Faces faces) {
        PrintedPages.add(
                document,
                new Paragraph(
                        run.organizationName() + " \u2014 Run report",
                        faces.font(false, false, 9f, PrintedPages.MUTED)));
        Paragraph title = new Paragraph(title(run), faces.font(true, false, 18f));
        title.setSpacingBefore(4f);
        title.setSpacingAfter(4f);
        PrintedPages.add(document, title);
        PrintedPages.add(
                document,
                new Paragraph(
                        "Run " + run.runId() + ", " + run.context().status(),
                        faces.font(false, false, 9f, PrintedPages.MUTED)));
    }

    private static void context(Document document, PrintableRun run, PrintFonts.Faces faces) {
        PrintedPages.section(document, "Context", faces);
        PrintableRun.Context context = run.context();
        PdfPTable table = new PdfPTable(new float[] {1.1f, 4f});
        table.setWidthPercentage(100f);
        row(table, faces, "Sample", context.sample());
        row(table, faces, "Device", context.device() == null ? "Whole sample" : context.device());
        row(table, faces, "Recipe", context.recipe() + ", version " + context.recipeVersion());
        row(table, faces, "Instrument", context.instrument());
        row(table, faces, "Calibration", calibration(context.calibration(), run));
        row(table, faces, "Operator", context.operator());
        row(table, faces, "Started", time(context.startedAt(), run));
        row(table, faces, "Finished", time(context.finishedAt(), run));
        PrintedPages.add(document, table);
    }

    private static String calibration(PrintableRun.PrintableCalibration calibration, PrintableRun run) {
        if (calibration == null) {
            return "No certificate was in force when the run started";
        }
        StringBuilder text = new StringBuilder("Certificate " + calibration.certificateNumber());
        if (calibration.issuedAt() != null) {
            text.append(", issued ").append(time(calibration.issuedAt(), run));
        }
        if (calibration.expiresAt() != null) {
            text.append(", valid until ").append(time(calibration.expiresAt(), run));
        }
        if (calibration.performedBy() != null) {
            text.append(", calibrated by ").append(calibration.performedBy());
        }
        if (calibration.revokedAt() != null) {
            text.append("; REVOKED ").append(time(calibration.revokedAt(), run));
        }
        return text.toString();
    }

    private static void row(PdfPTable table, PrintFonts.Faces faces, String label, String value) {
        table.addCell(cell(new Phrase(label, faces.font(true, false, 9.5f)), false));
        table.addCell(cell(new Phrase(value, faces.font(false, false, 9.5f)), false));
    }

    private static void results(Document document, PdfWriter writer, PrintableRun run, PrintFonts.Faces faces) {
        PrintedPages.section(document, writer, "Results", faces, SECTION_ROOM);
        if (run.results().isEmpty()) {
            PrintedPages.add(
                    document,
                    new Paragraph("No results were recorded.", faces.font(false, true, 10f, PrintedPages.MUTED)));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {2.4f, 1.4f, 0.9f, 2.4f});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        for (String heading : new String[] {"Quantity", "Value", "Unit", "Method"}) {
            table.addCell(cell(new Phrase(heading, faces.font(true, false, 9.5f)), true));
        }
        for (PrintableRun.PrintableResult result : run.results()) {
            Font plain = faces.font(false, false, 9.5f);
            table.addCell(cell(new Phrase(result.quantity(), plain), false));
            PdfPCell value = cell(new Phrase(number(result.value()), plain), false);
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(value);
            table.addCell(cell(new Phrase(result.unit(), plain), false));
            table.addCell(cell(new Phrase(result.method(), plain), false));
        }
        PrintedPages.add(document, table);
    }

    private static void files(Document document, PdfWriter writer, PrintableRun run, PrintFonts.Faces faces) {
        PrintedPages.section(document, writer, "Raw files", faces, SECTION_ROOM);
        if (run.files().isEmpty()) {
            PrintedPages.add(
                    document,
                    new Paragraph(
                            "No file is attached to this run.", faces.font(false, true, 10f, PrintedPages.MUTED)));
            return;
        }
        // A table, so a file's name and its hash never part at a page break.
        PdfPTable table = new PdfPTable(new float[] {2f, 3.1f});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        table.addCell(cell(new Phrase("File", faces.font(true, false, 9.5f)), true));
        table.addCell(cell(new Phrase("SHA-256", faces.font(true, false, 9.5f)), true));
        for (PrintableRun.PrintableFile file : run.files()) {
            Phrase name = new Phrase(file.fileName(), faces.font(false, false, 9.5f));
            name.add(new Chunk("\n" + size(file.sizeBytes()), faces.font(false, false, 8.5f, PrintedPages.MUTED)));
            table.addCell(cell(name, false));
            table.addCell(cell(new Phrase(file.contentSha256(), faces.mono(7.2f)), false));
        }
        PrintedPages.add(document, table);
    }

    private static void verification(Document document, PdfWriter writer, PrintableRun run, PrintFonts.Faces faces) {
        PrintedPages.section(document, writer, "Verification", faces, SECTION_ROOM);
        PrintedPages.add(
                document,
                new Paragraph(
                        "Record SHA-256 (the data printed here, " + PrintedRecordHash.RUN_FORMAT + "):",
                        faces.font(false, false, 9.5f)));
        PrintedPages.add(document, new Paragraph(PrintedRecordHash.sha256(run), faces.mono(8.5f)));
        Paragraph printed = new Paragraph(
                "Printed by " + run.printedBy() + " on " + PrintedPages.time(run.printedAt(), run.timeZone()),
                faces.font(false, false, 9f, PrintedPages.MUTED));
        printed.setSpacingBefore(6f);
        PrintedPages.add(document, printed);
    }

    private static PdfPCell cell(Phrase phrase, boolean heading) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PrintedPages.RULE);
        cell.setBorderWidth(heading ? 0.8f : 0.4f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        return cell;
    }

    private static String time(Instant instant, PrintableRun run) {
        return instant == null ? "\u2014" : PrintedPages.time(instant, run.timeZone());
    }

    /** A value to six significant digits, without trailing zeros; in powers of ten when tiny or huge. */
    static String number(double value) {
        BigDecimal rounded = new BigDecimal(value, new MathContext(6)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (magnitude >= 1e-3 && magnitude < 1e9) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "e").replace('E', 'e');
    }

    /** A file's size as people read it, with the exact byte count. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%,d bytes)", value, units[unit], bytes);
    }
}
