package lab.spectra.model.report;

import com.lowagie.text.Document;
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
import java.util.stream.Collectors;
import lab.spectra.model.audit.FieldChanges;
import lab.spectra.model.audit.view.AuditEntryView;

/**
 * A filtered view of the audit trail on paper, for an inspector: what was asked for (the filter),
 * whether the chain holds, how many entries matched, the SHA-256 of those entries as exported to
 * CSV, then the entries themselves with what each changed. Landscape A4, numbered pages.
 */
public final class AuditTrailPdf {

    /** The most entries a printout lists; a longer view is exported as CSV. */
    public static final int MAX_ENTRIES = 5_000;

    private static final int MAX_CHANGE_TEXT = 600;

    private final PrintFonts fonts = new PrintFonts();

    /** Writes the PDF to {@code out}; the stream is left open. */
    public void write(PrintableAuditView view, OutputStream out) {
        try {
            PrintedPages.numberPages(fonts, pages(view), "audit trail of " + view.organizationName(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit trail's PDF could not be written", e);
        }
    }

    public byte[] bytes(PrintableAuditView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(view, out);
        return out.toByteArray();
    }

    private byte[] pages(PrintableAuditView view) {
        PrintFonts.Faces faces = fonts.forOneDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PrintedPages.a4();
        document.setPageSize(com.lowagie.text.PageSize.A4.rotate());
        PdfWriter.getInstance(document, out);
        document.addTitle("Audit trail of " + view.organizationName());
        document.addCreator("SPECTRA-Lab");
        document.open();
        try {
            summary(document, view, faces);
            entries(document, view, faces);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void summary(Document document, PrintableAuditView view, PrintFonts.Faces faces) {
        PrintedPages.add(
                document,
                new Paragraph(
                        view.organizationName() + " \u2014 Audit trail",
                        faces.font(false, false, 9f, PrintedPages.MUTED)));
        Paragraph title = new Paragraph("Audit trail extract", faces.font(true, false, 18f));
        title.setSpacingAfter(4f);
        PrintedPages.add(document, title);
        Font meta = faces.font(false, false, 9f, PrintedPages.MUTED);
        PrintedPages.add(
                document,
                new Paragraph(
                        "Printed by " + view.printedBy() + " on "
                                + PrintedPages.time(view.printedAt(), view.timeZone()),
                        meta));
        PrintedPages.section(document, "Filter", faces);
        Font plain = faces.font(false, false, 10f);
        if (view.filter().isEmpty()) {
            PrintedPages.add(document, new Paragraph("None: every entry of the organization.", plain));
        }
        view.filter().forEach(line -> PrintedPages.add(document, new Paragraph(line, plain)));
        PrintedPages.section(document, "Chain status", faces);
        PrintedPages.add(document, new Paragraph(view.chainStatus(), plain));
        PrintedPages.section(document, "Content", faces);
        PrintedPages.add(
                document,
                new Paragraph(
                        view.entryCount() + " entries matched"
                                + (view.entries().size() < view.entryCount()
                                        ? "; the newest " + view.entries().size()
                                                + " are printed (export CSV for all of them)"
                                        : "; all are printed below, newest first"),
                        plain));
        PrintedPages.add(
                document,
                new Paragraph(
                        "SHA-256 of the matched entries as exported to CSV (the same filter's CSV file has this"
                                + " hash):",
                        plain));
        PrintedPages.add(document, new Paragraph(view.entriesSha256(), faces.mono(9f)));
    }

    private static void entries(Document document, PrintableAuditView view, PrintFonts.Faces faces) {
        PrintedPages.section(document, "Entries", faces);
        PdfPTable table = new PdfPTable(new float[] {0.7f, 1.6f, 1.4f, 1.5f, 2.1f, 4f, 2f});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        Font heading = faces.font(true, false, 8f);
        for (String name :
                new String[] {"#", "Time", "Person", "Action", "Record", "Changes (old \u2192 new)", "Reason"}) {
            table.addCell(cell(new Phrase(name, heading), true));
        }
        Font plain = faces.font(false, false, 7.5f);
        Font mono = faces.mono(6.5f);
        for (AuditEntryView entry : view.entries()) {
            table.addCell(cell(new Phrase(Long.toString(entry.sequence()), plain), false));
            table.addCell(cell(new Phrase(PrintedPages.time(entry.occurredAt(), view.timeZone()), plain), false));
            table.addCell(cell(
                    new Phrase(
                            (entry.actor() == null ? "system" : entry.actor().label())
                                    + (entry.workstation() == null
                                            ? ""
                                            : "\nat " + entry.workstation().label()),
                            plain),
                    false));
            table.addCell(cell(new Phrase(entry.action(), plain), false));
            Phrase record = new Phrase(entry.table() == null ? "" : entry.table(), plain);
            if (entry.recordId() != null) {
                record.add(new Phrase("\n" + entry.recordId(), mono));
            }
            table.addCell(cell(record, false));
            table.addCell(cell(new Phrase(changes(entry), plain), false));
            table.addCell(cell(new Phrase(entry.reason() == null ? "" : entry.reason(), plain), false));
        }
        PrintedPages.add(document, table);
    }

    private static String changes(AuditEntryView entry) {
        String text = FieldChanges.between(entry.oldValue(), entry.newValue()).stream()
                .map(FieldChanges.Changed::describe)
                .collect(Collectors.joining("\n"));
        return text.length() <= MAX_CHANGE_TEXT ? text : text.substring(0, MAX_CHANGE_TEXT) + " \u2026";
    }

    private static PdfPCell cell(Phrase phrase, boolean heading) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PrintedPages.RULE);
        cell.setBorderWidth(heading ? 0.8f : 0.4f);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(3f);
        return cell;
    }
}
