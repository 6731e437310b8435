package lab.spectra.model.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import lab.spectra.model.calibration.Calibration;

/**
 * The calibration status report as a PDF (OpenPDF, the embedded fonts of every printout), in
 * landscape A4: the instruments table, then the runs to review after revocations. The bench and
 * the server print it with this one class.
 */
public final class CalibrationReportPdf {

    private static final Color LOCKED = new Color(0xa4, 0x1e, 0x1e);
    private static final Color EXPIRING = new Color(0x9a, 0x5b, 0x00);

    private final PrintFonts fonts = new PrintFonts();

    public byte[] bytes(CalibrationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrintedPages.numberPages(fonts, pages(report), "calibration status report", out);
        } catch (IOException e) {
            throw new UncheckedIOException("The calibration report could not be printed", e);
        }
        return out.toByteArray();
    }

    private byte[] pages(CalibrationReport report) {
        PrintFonts.Faces faces = fonts.forOneDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PrintedPages.a4();
        document.setPageSize(PageSize.A4.rotate());
        PdfWriter.getInstance(document, out);
        document.addTitle("Calibration status report");
        document.addSubject("Calibration status of every instrument of " + report.organizationName());
        document.addCreator("SPECTRA-Lab");
        document.open();
        try {
            PrintedPages.add(
                    document,
                    new Paragraph(
                            report.organizationName() + " \u2014 Calibration status report",
                            faces.font(false, false, 9f, PrintedPages.MUTED)));
            Paragraph title = new Paragraph("Calibration status of every instrument", faces.font(true, false, 18f));
            title.setSpacingBefore(4f);
            title.setSpacingAfter(4f);
            PrintedPages.add(document, title);
            PrintedPages.add(
                    document,
                    new Paragraph(
                            "As of " + PrintedPages.time(report.generatedAt(), ZoneOffset.UTC)
                                    + "; certificates expiring within " + report.warningDays()
                                    + " days are warned about (the organization's setting).",
                            faces.font(false, false, 9f, PrintedPages.MUTED)));
            instruments(document, report, faces);
            review(document, report, faces);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void instruments(Document document, CalibrationReport report, PrintFonts.Faces faces) {
        PrintedPages.section(document, "Instruments", faces);
        if (report.instruments().isEmpty()) {
            PrintedPages.add(document, new Paragraph("No instruments on record.", faces.font(false, true, 9.5f)));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1.5f, 1.5f, 1.3f, 1.3f, 0.9f, 0.9f, 0.7f, 3.4f});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        for (String heading :
                List.of("Instrument", "Kind", "State", "Certificate", "Issued", "Expires", "Days left", "Reason")) {
            table.addCell(cell(new Phrase(heading, faces.font(true, false, 9f)), true));
        }
        for (CalibrationReport.InstrumentLine line : report.instruments()) {
            Calibration certificate = line.certificate();
            Color colour = line.standing().locked() ? LOCKED : line.standing().expiringSoon() ? EXPIRING : Color.BLACK;
            table.addCell(cell(new Phrase(line.instrument().name(), faces.font(true, false, 9f)), false));
            table.addCell(plain(line.instrument().kind().displayName(), faces));
            table.addCell(cell(new Phrase(line.standing().stateWord(), faces.font(true, false, 9f, colour)), false));
            table.addCell(plain(certificate == null ? "\u2014" : certificate.certificateNumber(), faces));
            table.addCell(
                    plain(certificate == null ? "\u2014" : CalibrationReportCsv.day(certificate.issuedAt()), faces));
            table.addCell(
                    plain(certificate == null ? "\u2014" : CalibrationReportCsv.day(certificate.expiresAt()), faces));
            table.addCell(plain(
                    line.daysLeft(report.generatedAt()).map(String::valueOf).orElse("\u2014"), faces));
            table.addCell(plain(line.standing().reason(), faces));
        }
        PrintedPages.add(document, table);
    }

    private static void review(Document document, CalibrationReport report, PrintFonts.Faces faces) {
        PrintedPages.section(document, "Runs to review after revocations", faces);
        List<CalibrationReport.InstrumentLine> withRuns = report.instruments().stream()
                .filter(line -> !line.runsToReview().isEmpty())
                .toList();
        if (withRuns.isEmpty()) {
            PrintedPages.add(
                    document, new Paragraph("No run relied on a revoked certificate.", faces.font(false, true, 9.5f)));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1.5f, 1.5f, 2.6f, 1.7f, 1f});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        for (String heading : List.of("Instrument", "Revoked certificate", "Run", "Started", "Status")) {
            table.addCell(cell(new Phrase(heading, faces.font(true, false, 9f)), true));
        }
        for (CalibrationReport.InstrumentLine line : withRuns) {
            for (CalibrationReport.RunToReview run : line.runsToReview()) {
                table.addCell(plain(line.instrument().name(), faces));
                table.addCell(plain(run.revokedCertificate(), faces));
                table.addCell(cell(new Phrase(run.runId().toString(), faces.mono(7.5f)), false));
                table.addCell(plain(
                        run.startedAt() == null ? "\u2014" : PrintedPages.time(run.startedAt(), ZoneOffset.UTC),
                        faces));
                table.addCell(plain(run.status(), faces));
            }
        }
        PrintedPages.add(document, table);
    }

    private static PdfPCell plain(String text, PrintFonts.Faces faces) {
        return cell(new Phrase(text, faces.font(false, false, 9f)), false);
    }

    private static PdfPCell cell(Phrase phrase, boolean heading) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PrintedPages.RULE);
        cell.setBorderWidth(heading ? 0.8f : 0.4f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
