package lab.spectra.desktop.samples;

import lab.spectra.model.sample.Sample;

/** How a form names the sample that already holds a typed barcode, in the shared command's words. */
final class BarcodeClash {

    private BarcodeClash() {}

    static String describe(String barcode, Sample holder) {
        return "Barcode " + barcode + " is already used by sample " + holder.name()
                + (holder.deleted() ? " (deleted)" : "");
    }
}
