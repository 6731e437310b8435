package lab.spectra.model.rundata.derived;

import java.util.Objects;

/**
 * A four-point-probe measurement's geometry, as a recipe's parameters or a sample's metadata give
 * it. Lengths in metres.
 *
 * @param probeSpacingMetres distance between neighbouring probes (equal spacing)
 * @param filmThicknessMetres thickness of the conducting layer, on an insulating substrate
 */
public record ProbeGeometry(double probeSpacingMetres, double filmThicknessMetres, SampleShape sample) {

    public ProbeGeometry {
        FourPointProbe.requirePositive(probeSpacingMetres, "The probe spacing");
        FourPointProbe.requirePositive(filmThicknessMetres, "The film thickness");
        Objects.requireNonNull(sample, "sample shape");
    }
}
