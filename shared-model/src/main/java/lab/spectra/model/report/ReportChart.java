package lab.spectra.model.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import lab.spectra.model.rundata.Series;

/**
 * The chart section of a run report: the curves as vector graphics with a caption naming the file
 * and the parser that read it, an image with a scale bar under it, or the reason there is no chart.
 */
final class ReportChart {

    private static final float SCALE_BAR_HEIGHT = 22f;

    private final PrintFonts.Faces faces;

    ReportChart(PrintFonts.Faces faces) {
        this.faces = faces;
    }

    void add(Document document, PdfWriter writer, PrintableChart chart, float width, float height) {
        if (chart instanceof PrintableChart.Curves curves) {
            PrintedPages.add(document, VectorChart.draw(writer.getDirectContent(), curves, faces, width, height));
            int points =
                    curves.curves().series().stream().mapToInt(Series::size).sum();
            caption(
                    document,
                    "Figure: " + curves.fileName() + " (" + curves.curves().parser() + ", " + points + " points"
                            + (curves.logarithmicY() ? ", |y| on a logarithmic axis" : "") + ")");
        } else if (chart instanceof PrintableChart.Picture picture) {
            picture(document, writer, picture, width, height);
        } else {
            PrintedPages.add(
                    document,
                    new Paragraph(
                            ((PrintableChart.NotShown) chart).reason(),
                            faces.font(false, true, 10f, PrintedPages.MUTED)));
        }
    }

    /**
     * The image scaled into the chart's box, with a bar of a round length under it when the field
     * width is known. An image the PDF library cannot read (an unusual TIFF) is named instead.
     */
    private void picture(
            Document document, PdfWriter writer, PrintableChart.Picture picture, float width, float height) {
        Image image;
        try {
            image = Image.getInstance(picture.content());
        } catch (IOException | RuntimeException e) { // OpenPDF reports an unreadable image either way
            caption(document, "Image " + picture.fileName() + " (not printable here: open it in the app)");
            return;
        }
        image.scaleToFit(width, height);
        image.setAlignment(Element.ALIGN_CENTER);
        PrintedPages.add(document, image);
        if (picture.fieldWidthMetres() > 0) {
            PrintedPages.add(document, scaleBar(writer, image.getScaledWidth(), picture.fieldWidthMetres(), width));
        }
        caption(document, "Figure: " + picture.fileName());
    }

    private Image scaleBar(PdfWriter writer, float imageWidth, double fieldWidthMetres, float columnWidth) {
        // 1, 2 or 5 times a power of ten, a fifth to a half of the field: easy to read, easy to compare.
        double barMetres = VectorChart.niceStep(fieldWidthMetres / 5);
        float barPoints = (float) (barMetres / fieldWidthMetres * imageWidth);
        PdfTemplate bar = writer.getDirectContent().createTemplate(columnWidth, SCALE_BAR_HEIGHT);
        float left = (columnWidth - imageWidth) / 2;
        bar.setColorFill(Color.BLACK);
        bar.rectangle(left, SCALE_BAR_HEIGHT - 6f, barPoints, 3f);
        bar.fill();
        bar.beginText();
        bar.setFontAndSize(faces.sans(), 8f);
        bar.showTextAligned(Element.ALIGN_LEFT, length(barMetres), left, 3f, 0);
        bar.endText();
        return Image.getInstance(bar);
    }

    /** A length in the unit a microscopist would say it in: 500 nm, 2 µm, 1 mm. */
    static String length(double metres) {
        String[] units = {"m", "mm", "\u00b5m", "nm", "pm"};
        double value = metres;
        int unit = 0;
        while (value < 1 && unit < units.length - 1) {
            value *= 1000;
            unit++;
        }
        value = Math.round(value * 1000) / 1000.0;
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }

    private void caption(Document document, String text) {
        Paragraph caption = new Paragraph(text, faces.font(false, false, 8.5f, PrintedPages.MUTED));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingAfter(4f);
        PrintedPages.add(document, caption);
    }
}
