package lab.spectra.model.rundata.importers;

import lab.spectra.model.rundata.Series;

/** Writes a diffractogram as {@code .xy} text that {@link XrdXyImporter} reads. For demo data and tests. */
public final class XrdXyWriter {

    private XrdXyWriter() {}

    /** One {@code # title} comment line, then {@code 2theta intensity} rows. */
    public static byte[] write(Series pattern, String title) {
        ExportText text = new ExportText();
        text.line("# " + title);
        for (int i = 0; i < pattern.size(); i++) {
            text.line(ExportText.number(pattern.x().get(i)) + " "
                    + ExportText.number(pattern.y().get(0).get(i)));
        }
        return text.toBytes();
    }
}
