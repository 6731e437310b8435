package lab.spectra.model.rundata.importers;

import static lab.spectra.model.rundata.Samples.curves;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.PointFlags;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parsing what a writer produced gives exactly the numbers written: no digit is lost or invented
 * between an instrument export and the series the bench plots and the server re-checks.
 */
class WrittenFilesReadBackToTheSameNumbersTest {

    @Property(tries = 200)
    void keithleySweepsWithComplianceAndTime(@ForAll("sweeps") Series sweep) {
        byte[] file = KeithleySweepCsvWriter.write(sweep, Map.of("Instrument", "Keithley 2400"));

        Series read = curves(new KeithleySweepCsvImporter().parse(file)).first();

        assertThat(read.x().toArray()).containsExactly(sweep.x().toArray());
        assertThat(read.y()).isEqualTo(sweep.y());
        assertThat(read.flag(PointFlags.COMPLIANCE)).isEqualTo(sweep.flag(PointFlags.COMPLIANCE));
    }

    @Property(tries = 200)
    void oceanSpectra(@ForAll("spectra") Series spectrum) {
        byte[] file = OceanSpectrumWriter.write(spectrum, Map.of("Spectrometer", "FLMS00001"));

        Series read = curves(new OceanSpectrumImporter().parse(file)).first();

        assertThat(read.x()).isEqualTo(spectrum.x());
        assertThat(read.y()).isEqualTo(spectrum.y());
    }

    @Property(tries = 200)
    void xrdPatterns(@ForAll("patterns") Series pattern) {
        byte[] file = XrdXyWriter.write(pattern, "generated");

        Series read = curves(new XrdXyImporter().parse(file)).first();

        assertThat(read.x()).isEqualTo(pattern.x());
        assertThat(read.y()).isEqualTo(pattern.y());
    }

    @Property(tries = 100)
    void rasFilesOfSeveralScans(@ForAll("rasScans") List<Series> scans) {
        byte[] file = RigakuRasWriter.write(scans, Map.of("FILE_SAMPLE", "generated"));

        ImportedData.Curves read = curves(new RigakuRasImporter().parse(file));

        assertThat(read.series()).hasSameSizeAs(scans);
        for (int i = 0; i < scans.size(); i++) {
            assertThat(read.series().get(i).x()).isEqualTo(scans.get(i).x());
            assertThat(read.series().get(i).trace("intensity"))
                    .contains(scans.get(i).y().get(0));
        }
    }

    @Property(tries = 100)
    void woollamScansAtSeveralAngles(@ForAll("ellipsometry") List<Series> scans) {
        byte[] file = WoollamPsiDeltaWriter.write(scans, "generated sample", "nm");

        ImportedData.Curves read = curves(new WoollamPsiDeltaImporter().parse(file));

        assertThat(read.series()).hasSameSizeAs(scans);
        for (int i = 0; i < scans.size(); i++) {
            assertThat(read.series().get(i).x()).isEqualTo(scans.get(i).x());
            assertThat(read.series().get(i).y()).isEqualTo(scans.get(i).y());
            assertThat(read.series().get(i).metadata()).isEqualTo(scans.get(i).metadata());
        }
    }

    @Property(tries = 200)
    void mappedCsvTablesInAnyLayout(@ForAll("mappings") ColumnMapping mapping, @ForAll("seeds") long seed) {
        Series table = tableFor(mapping, seed);
        byte[] file = GenericCsvWriter.write(table, mapping);

        Series read = curves(new GenericCsvImporter(mapping).parse(file)).first();

        assertThat(read.x()).isEqualTo(table.x());
        assertThat(read.y()).isEqualTo(table.y());
    }

    @Provide
    Arbitrary<Series> sweeps() {
        return Arbitraries.integers().between(1, 120).flatMap(size -> Combinators.combine(
                        values(-210, 210, size),
                        values(-1.05, 1.05, size),
                        values(0, 1e4, size),
                        Arbitraries.of(true, false).array(boolean[].class).ofSize(size),
                        Arbitraries.of(true, false))
                .as((volts, amps, seconds, compliance, withTime) -> {
                    List<Trace> y = new ArrayList<>(List.of(Trace.of(KeithleySweepCsvImporter.CURRENT, amps)));
                    if (withTime) {
                        y.add(Trace.of(KeithleySweepCsvImporter.TIME, seconds));
                    }
                    return new Series(
                            "sweep",
                            Trace.of(KeithleySweepCsvImporter.VOLTAGE, volts),
                            y,
                            List.of(PointFlags.of(PointFlags.COMPLIANCE, compliance)),
                            Map.of());
                }));
    }

    @Provide
    Arbitrary<Series> spectra() {
        return Arbitraries.integers().between(1, 300).flatMap(size -> Combinators.combine(
                        values(180, 1100, size), values(-5e3, 7e4, size))
                .as((wavelength, intensity) -> Series.of(
                        "spectrum",
                        Trace.of(OceanSpectrumImporter.WAVELENGTH, wavelength),
                        Trace.of(OceanSpectrumImporter.INTENSITY, intensity))));
    }

    @Provide
    Arbitrary<Series> patterns() {
        return Arbitraries.integers().between(1, 300).flatMap(size -> Combinators.combine(
                        values(0, 160, size), values(0, 1e7, size))
                .as((twoTheta, counts) -> Series.of(
                        "pattern",
                        Trace.of(XrdXyImporter.TWO_THETA, twoTheta),
                        Trace.of(XrdXyImporter.INTENSITY, counts))));
    }

    @Provide
    Arbitrary<List<Series>> rasScans() {
        Arbitrary<Series> scan = Arbitraries.integers().between(1, 200).flatMap(size -> Combinators.combine(
                        values(-10, 150, size), values(0, 1e6, size))
                .as((angle, counts) -> new Series(
                        "scan",
                        Trace.of(new Axis("two_theta", "deg"), angle),
                        List.of(Trace.of(new Axis("intensity", "cps"), counts)),
                        List.of(),
                        Map.of("MEAS_SCAN_AXIS_X", "TwoThetaOmega"))));
        return scan.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<Series>> ellipsometry() {
        return Arbitraries.of(45.0, 55.0, 60.0, 65.0, 67.5, 70.0, 75.0, 80.0)
                .set()
                .ofMinSize(1)
                .ofMaxSize(4)
                .flatMap(angles -> Arbitraries.integers().between(1, 60).flatMap(size -> {
                    List<Arbitrary<Series>> perAngle = new ArrayList<>();
                    for (double angle : angles) {
                        perAngle.add(Combinators.combine(
                                        values(190, 2500, size), values(0, 90, size), values(-180, 360, size))
                                .as((wavelength, psi, delta) -> new Series(
                                        "aoi",
                                        Trace.of(new Axis("wavelength", "nm"), wavelength),
                                        List.of(
                                                Trace.of(WoollamPsiDeltaImporter.PSI, psi),
                                                Trace.of(WoollamPsiDeltaImporter.DELTA, delta)),
                                        List.of(),
                                        Map.of("angle_of_incidence_deg", String.valueOf(angle)))));
                    }
                    return Combinators.combine(perAngle).as(List::copyOf);
                }));
    }

    @Provide
    Arbitrary<ColumnMapping> mappings() {
        return Combinators.combine(
                        Arbitraries.of(ColumnMapping.Delimiter.class),
                        Arbitraries.of(ColumnMapping.DecimalSeparator.class),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers()
                                .between(1, 6)
                                .list()
                                .uniqueElements()
                                .ofMinSize(2)
                                .ofMaxSize(4))
                .filter((delimiter, decimal, headerRows, columns) -> !(delimiter == ColumnMapping.Delimiter.COMMA
                        && decimal == ColumnMapping.DecimalSeparator.COMMA))
                .as((delimiter, decimal, headerRows, columns) -> {
                    List<ColumnMapping.Column> y = new ArrayList<>();
                    for (int i = 1; i < columns.size(); i++) {
                        y.add(new ColumnMapping.Column(columns.get(i), "y" + i, "a.u."));
                    }
                    return new ColumnMapping(
                            delimiter, decimal, headerRows, "", new ColumnMapping.Column(columns.get(0), "x", "s"), y);
                });
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static Series tableFor(ColumnMapping mapping, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int size = 1 + random.nextInt(80);
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put(mapping.x().name(), random.doubles(size, -1e6, 1e6).toArray());
        mapping.y()
                .forEach(column -> columns.put(
                        column.name(), random.doubles(size, -1e-3, 1e9).toArray()));
        List<Trace> y = new ArrayList<>();
        mapping.y()
                .forEach(column -> y.add(Trace.of(new Axis(column.name(), column.unit()), columns.get(column.name()))));
        return new Series(
                "data",
                Trace.of(
                        new Axis(mapping.x().name(), mapping.x().unit()),
                        columns.get(mapping.x().name())),
                y,
                List.of(),
                Map.of());
    }

    /** Doubles at full precision, not jqwik's default two decimals. */
    private static Arbitrary<double[]> values(double low, double high, int size) {
        return Arbitraries.doubles()
                .between(low, high)
                .ofScale(12)
                .withSpecialValue(0.0)
                .array(double[].class)
                .ofSize(size);
    }
}
