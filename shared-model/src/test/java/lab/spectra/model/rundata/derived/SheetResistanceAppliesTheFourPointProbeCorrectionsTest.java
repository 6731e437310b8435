package lab.spectra.model.rundata.derived;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Samples;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import org.junit.jupiter.api.Test;

class SheetResistanceAppliesTheFourPointProbeCorrectionsTest {

    private static final double SPACING = 1.0e-3;
    private static final double THIN_FILM = 50e-9;

    @Test
    void onALargeThinFilmTheSheetResistanceIsPiOverLn2TimesVOverI() {
        ProbeGeometry geometry = new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Unbounded());

        DerivedResult rs = FourPointProbe.sheetResistance(2.2e-3, 1e-3, geometry)
                .orElseThrow()
                .result("sheet resistance");

        assertThat(rs.value()).isCloseTo(4.5324 * 2.2, within(1e-3));
        assertThat(rs.unit()).isEqualTo("\u03a9/sq");
        assertThat(rs.algorithm()).hasToString("four-point-probe-sheet-resistance v1");
        assertThat(rs.provenance()).isEqualTo(new Provenance.Entered());
        assertThat(rs.details().get("resistivity_ohm_m").asDouble()).isCloseTo(rs.value() * THIN_FILM, within(1e-15));
        assertThat(rs.details().get("formula").asText()).isEqualTo("Rs = (pi/ln2) * (V/I) * F_thickness(t/s) * F_size");
    }

    @Test
    void aDiscThreeProbeSpacingsAcrossHalvesTheInfiniteSheetFactor() {
        // Smits' disc formula at d/s = 3: ln((9 + 3) / (9 - 3)) = ln 2, so C = pi / (2 ln 2) = 2.2662.
        ProbeGeometry geometry = new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Circle(3 * SPACING));

        DerivedResult rs =
                FourPointProbe.sheetResistance(1.0, 1.0, geometry).orElseThrow().result("sheet resistance");

        assertThat(rs.value()).isCloseTo(Math.PI / (2 * Math.log(2)), within(1e-8));
        assertThat(rs.details().get("size_correction").asText()).isEqualTo("Smits 1958 disc, closed form");
    }

    @Test
    void aSquareUsesSmitsTableAndInterpolatesBetweenItsColumns() {
        DerivedResult square = FourPointProbe.sheetResistance(
                        1.0, 1.0, new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Rectangle(5e-3, 5e-3)))
                .orElseThrow()
                .result("sheet resistance");
        DerivedResult longer = FourPointProbe.sheetResistance(
                        1.0, 1.0, new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Rectangle(7.5e-3, 5e-3)))
                .orElseThrow()
                .result("sheet resistance");

        assertThat(square.value()).isCloseTo(3.5098, within(1e-6));
        assertThat(longer.value()).isCloseTo((3.5098 + 3.5749) / 2, within(1e-6));
    }

    @Test
    void aThickLayerIsCorrectedByUhlirsFactorForAnInsulatingSubstrate() {
        ProbeGeometry geometry = new ProbeGeometry(SPACING, SPACING, new SampleShape.Unbounded());
        double expected = Math.log(2) / Math.log(Math.sinh(1.0) / Math.sinh(0.5));

        DerivedResult rs =
                FourPointProbe.sheetResistance(1.0, 1.0, geometry).orElseThrow().result("sheet resistance");

        assertThat(rs.details().get("thickness_factor").asDouble()).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.8523, within(1e-4));
        assertThat(rs.value()).isCloseTo(FourPointProbe.THIN_SHEET_FACTOR * expected, within(1e-12));
    }

    @Test
    void aSheetResistanceFromASweepLeadsBackToTheSweepsFile() {
        ImportedData.Curves sweep =
                Samples.curves(new KeithleySweepCsvImporter().parse(Samples.bytes("keithley-2400-resistor-sweep.csv")));
        DerivedResult slope = IvSlopeResistance.compute(sweep, sweep.first(), -0.5, 0.5)
                .orElseThrow()
                .result("resistance");

        DerivedResult rs = FourPointProbe.sheetResistance(
                        slope, new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Circle(100e-3)))
                .orElseThrow()
                .result("sheet resistance");

        assertThat(rs.provenance()).isEqualTo(new Provenance.FromResult(slope));
        assertThat(rs.provenance().rawFileSha256()).contains(sweep.sourceSha256());
        assertThat(rs.toPayload().at("/provenance/upstream/algorithm").asText()).isEqualTo("iv-slope-resistance");
        assertThat(rs.value())
                .isCloseTo(slope.value() * FourPointProbe.THIN_SHEET_FACTOR, within(slope.value() * 0.01));
    }

    @Test
    void aDiscTooSmallForTheProbeIsRefused() {
        Derivation derivation = FourPointProbe.sheetResistance(
                1.0, 1.0, new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Circle(2 * SPACING)));

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.OUTSIDE_CORRECTION_TABLE);
    }

    @Test
    void aProbeLineAcrossTheShortSideOfARectangleIsOutsideSmitsTable() {
        Derivation derivation = FourPointProbe.sheetResistance(
                1.0, 1.0, new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Rectangle(4e-3, 8e-3)));

        assertThat(((Derivation.Refused) derivation).reason()).isEqualTo(Derivation.Reason.OUTSIDE_CORRECTION_TABLE);
    }

    @Test
    void aNegativeVoltageOverCurrentIsRefusedAsReversedLeads() {
        Derivation derivation = FourPointProbe.sheetResistance(
                -1e-3, 1e-3, new ProbeGeometry(SPACING, THIN_FILM, new SampleShape.Unbounded()));

        assertThat(((Derivation.Refused) derivation).message()).contains("check the probe leads");
    }

    @Test
    void aGeometryWithoutAPositiveThicknessCannotBeMade() {
        assertThatThrownBy(() -> new ProbeGeometry(SPACING, 0, new SampleShape.Unbounded()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The film thickness must be a positive length in metres");
    }
}
