package lab.spectra.model.sample;

import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;

/** Field lengths of samples, wafers, devices and materials (the database columns have the same sizes). */
final class SampleLimits {

    static final int NAME = 200;
    static final int BARCODE = 64;
    static final int LOCATION = 200;
    static final int NOTES = 4000;
    static final int REASON = 2000;
    static final int MATERIAL_NAME = 200;
    static final int FORMULA = 200;
    static final int DESCRIPTION = 4000;

    private SampleLimits() {}

    static Rejected barcodeTaken(String barcode, Sample holder) {
        return new Rejected(
                RejectionCode.DUPLICATE_BARCODE, "Barcode " + barcode + " is already used by sample " + holder.name());
    }
}
