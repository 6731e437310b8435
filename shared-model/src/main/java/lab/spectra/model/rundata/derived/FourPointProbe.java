package lab.spectra.model.rundata.derived;

import static lab.spectra.model.rundata.derived.Derivation.refused;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.rundata.derived.Derivation.Reason;

/**
 * Sheet resistance from a collinear, equally spaced four-point probe: current through the outer
 * probes, voltage across the inner two.
 *
 * <pre>
 *   Rs = (pi / ln 2) · (V / I) · F_thickness(t / s) · F_size(sample, s)
 *
 *   F_thickness(t/s) = ln 2 / ln( sinh(t/s) / sinh(t/(2s)) )     film on an insulating substrate
 *   F_size           = 1 for a sample much larger than s,
 *                      ln 2 / ( ln 2 + ln( ((d/s)^2 + 3) / ((d/s)^2 - 3) ) )   disc of diameter d,
 *                      C(d/s, a/d) / (pi / ln 2) from {@link SmitsCorrectionTable}   a × d rectangle
 * </pre>
 *
 * pi/ln 2 is the infinite thin sheet (Valdes 1954; Smits 1958). The thickness factor is Uhlir's
 * (1955) image solution for a slab on an insulating substrate, as given by Schroder,
 * <i>Semiconductor Material and Device Characterization</i>, eq. 1.10; it is 1 for t much thinner than
 * s. The disc factor is Smits' closed form for probes along a diameter. Applying the two factors as
 * a product is the usual approximation when both apply. Resistivity is Rs · t and is reported in
 * the details.
 */
public final class FourPointProbe {

    public static final AlgorithmId ID = new AlgorithmId("four-point-probe-sheet-resistance", 1);

    /** pi / ln 2 = 4.5324: Rs = 4.5324 · V/I on an infinite thin sheet. */
    public static final double THIN_SHEET_FACTOR = Math.PI / Math.log(2);

    private FourPointProbe() {}

    /** From a voltage and current read off the instrument and typed in. */
    public static Derivation sheetResistance(double volts, double amps, ProbeGeometry geometry) {
        if (!Double.isFinite(volts) || !Double.isFinite(amps) || amps == 0) {
            return refused(Reason.INVALID_PARAMETER, "Give a finite voltage and a non-zero current");
        }
        ObjectNode inputs = JsonObjects.empty();
        inputs.put("voltage_v", volts);
        inputs.put("current_a", amps);
        return compute(volts / amps, geometry, new Provenance.Entered(), inputs);
    }

    /**
     * From the V/I of a four-point-probe sweep, fitted by {@link IvSlopeResistance}; the result's
     * provenance leads back through that fit to the sweep's file.
     */
    public static Derivation sheetResistance(DerivedResult sweepResistance, ProbeGeometry geometry) {
        if (!sweepResistance.algorithm().equals(IvSlopeResistance.ID)) {
            return refused(
                    Reason.INVALID_PARAMETER,
                    "Sheet resistance is computed from " + IvSlopeResistance.ID + ", not from "
                            + sweepResistance.algorithm());
        }
        return compute(
                sweepResistance.value(), geometry, new Provenance.FromResult(sweepResistance), JsonObjects.empty());
    }

    private static Derivation compute(
            double voltsPerAmp, ProbeGeometry geometry, Provenance provenance, ObjectNode inputs) {
        if (!(voltsPerAmp > 0)) {
            return refused(
                    Reason.INVALID_PARAMETER,
                    "V/I is " + voltsPerAmp
                            + " ohm; a sheet resistance needs a positive ratio (check the probe leads)");
        }
        double spacing = geometry.probeSpacingMetres();
        double thickness = geometry.filmThicknessMetres();
        double sizeFactor;
        ObjectNode shape = JsonObjects.empty();
        SampleShape sample = geometry.sample();
        if (sample instanceof SampleShape.Unbounded) {
            shape.put("shape", "unbounded");
            sizeFactor = 1.0;
        } else if (sample instanceof SampleShape.Circle circle) {
            shape.put("shape", "circle");
            shape.put("diameter_m", circle.diameterMetres());
            double ratio = circle.diameterMetres() / spacing;
            if (ratio < 3) {
                return refused(
                        Reason.OUTSIDE_CORRECTION_TABLE,
                        "The disc is only " + ratio + " probe spacings across; the outer probes would lie off it");
            }
            sizeFactor = discFactor(ratio);
        } else {
            SampleShape.Rectangle rectangle = (SampleShape.Rectangle) sample;
            shape.put("shape", "rectangle");
            shape.put("length_m", rectangle.lengthMetres());
            shape.put("width_m", rectangle.widthMetres());
            double widthOverSpacing = rectangle.widthMetres() / spacing;
            double lengthOverWidth = rectangle.lengthMetres() / rectangle.widthMetres();
            double c = SmitsCorrectionTable.factor(widthOverSpacing, lengthOverWidth);
            if (Double.isNaN(c)) {
                return refused(
                        Reason.OUTSIDE_CORRECTION_TABLE,
                        "Smits' table has no correction for d/s = " + widthOverSpacing + ", a/d = " + lengthOverWidth
                                + ": the probe line must run along the longer side and fit on the sample");
            }
            sizeFactor = c / THIN_SHEET_FACTOR;
        }
        double thicknessFactor = thicknessFactor(thickness / spacing);
        double sheetResistance = THIN_SHEET_FACTOR * voltsPerAmp * thicknessFactor * sizeFactor;
        inputs.put("probe_spacing_m", spacing);
        inputs.put("film_thickness_m", thickness);
        inputs.set("sample", shape);
        ObjectNode details = JsonObjects.empty();
        details.put("v_over_i_ohm", voltsPerAmp);
        details.put("thin_sheet_factor", THIN_SHEET_FACTOR);
        details.put("thickness_factor", thicknessFactor);
        details.put("size_factor", sizeFactor);
        details.put("resistivity_ohm_m", sheetResistance * thickness);
        details.put("formula", "Rs = (pi/ln2) * (V/I) * F_thickness(t/s) * F_size");
        details.put("size_correction", sizeCorrectionName(sample));
        return new Derivation.Computed(List.of(
                new DerivedResult("sheet resistance", sheetResistance, "\u03a9/sq", ID, provenance, inputs, details)));
    }

    /**
     * Uhlir / Schroder eq. 1.10, insulating substrate; 1 in the thin-film limit. Since
     * sinh(x) = 2·sinh(x/2)·cosh(x/2), the ratio is 2·cosh(x/2), and ln(2·cosh(h)) =
     * h + ln(1 + e^(-2h)) stays exact for thin films and never overflows for thick ones.
     */
    static double thicknessFactor(double thicknessOverSpacing) {
        double half = thicknessOverSpacing / 2;
        return Math.log(2) / (half + Math.log1p(Math.exp(-2 * half)));
    }

    /** Smits (1958), closed form for a disc of diameter d with the probes along a diameter. */
    static double discFactor(double diameterOverSpacing) {
        double squared = diameterOverSpacing * diameterOverSpacing;
        return Math.log(2) / (Math.log(2) + Math.log((squared + 3) / (squared - 3)));
    }

    private static String sizeCorrectionName(SampleShape sample) {
        if (sample instanceof SampleShape.Circle) {
            return "Smits 1958 disc, closed form";
        }
        if (sample instanceof SampleShape.Rectangle) {
            return "Smits 1958 Table 2 (rectangle), interpolated";
        }
        return "none (sample much larger than the probe spacing)";
    }

    static void requirePositive(double metres, String what) {
        if (!(metres > 0) || !Double.isFinite(metres)) {
            throw new IllegalArgumentException(what + " must be a positive length in metres");
        }
    }
}
