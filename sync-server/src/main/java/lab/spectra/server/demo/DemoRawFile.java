package lab.spectra.server.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.derived.AlgorithmId;
import lab.spectra.model.rundata.derived.DerivedResult;
import lab.spectra.model.rundata.derived.PeakFwhm;
import lab.spectra.model.rundata.derived.StandardDerivations;
import lab.spectra.model.rundata.derived.ThresholdVoltage;
import lab.spectra.model.rundata.importers.ImportFormat;
import lab.spectra.model.rundata.importers.Importers;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import lab.spectra.model.rundata.importers.KeithleySweepCsvWriter;
import lab.spectra.model.rundata.importers.XrdXyImporter;
import lab.spectra.model.rundata.importers.XrdXyWriter;

/**
 * The raw file of a demo run, in the instrument's own export format, so that a demo run's chart is
 * not empty and its recorded result can be traced to a plausible curve: a MOSFET transfer sweep
 * whose threshold is the run's threshold voltage, or a Si(400) diffractogram peaking at the run's
 * peak position. Seeded per run, so the demo is the same on every start. The run's recorded result
 * is derived from this file by the bench's own algorithm, so it names its method and raw file.
 */
record DemoRawFile(String fileName, String mediaType, byte[] content, ImportFormat format, Method method) {

    /**
     * How a demo run's result is derived from its raw file: the algorithm, the quantity it computes,
     * and the name the lab records that quantity under.
     */
    record Method(AlgorithmId algorithm, String computed, String recordedAs) {}

    static final Method THRESHOLD = new Method(ThresholdVoltage.ID, "threshold voltage", "threshold voltage");

    static final Method SI_400_PEAK = new Method(PeakFwhm.ID, "peak position", "Si(400) peak position");

    /**
     * The run's result as the bench would derive it on import: the file read by its format's
     * importer and the method run over its default window, with the algorithm, its version and
     * the file's SHA-256 in the payload.
     */
    DerivedResult result() {
        ImportOutcome outcome = Importers.standard(format).parse(content);
        if (!(outcome instanceof ImportOutcome.Imported imported
                && imported.data() instanceof ImportedData.Curves curves)) {
            throw new IllegalStateException("The demo file " + fileName + " does not read back: " + outcome);
        }
        return StandardDerivations.derive(method.algorithm(), curves, Optional.empty())
                .orElseThrow()
                .result(method.computed())
                .named(method.recordedAs());
    }

    /**
     * Drain current over gate voltage in saturation: subthreshold slope ~90 mV/decade below, square
     * law above, so the square-root extrapolation finds the run's threshold.
     */
    static DemoRawFile transferCurve(int run, double thresholdVolts) {
        Random noise = new Random(1000 + run);
        int points = 121;
        double[] gate = new double[points];
        double[] drain = new double[points];
        double onCurrent = 2e-4;
        for (int i = 0; i < points; i++) {
            double vgs = -1.0 + i * 0.025;
            double overdrive = vgs - thresholdVolts;
            double subthreshold = 1e-7 * Math.pow(10, overdrive / 0.09);
            double strong = overdrive > 0 ? onCurrent * overdrive * overdrive : 0;
            double leakage = 2e-12;
            gate[i] = round(vgs, 4);
            drain[i] = (Math.min(subthreshold, 1e-7) + strong + leakage) * (1 + noise.nextGaussian() * 0.01);
        }
        Series sweep = Series.of(
                "transfer curve",
                Trace.of(KeithleySweepCsvImporter.VOLTAGE, gate),
                Trace.of(KeithleySweepCsvImporter.CURRENT, drain));
        Map<String, String> preamble = new LinkedHashMap<>();
        preamble.put("Instrument", "Keithley 2450 SourceMeter");
        preamble.put("Source", "Gate voltage sweep -1.0 V to 2.0 V, 25 mV steps, Vds = 2.0 V (saturation)");
        return new DemoRawFile(
                "iv-transfer-run" + (run + 1) + ".csv",
                "text/csv",
                KeithleySweepCsvWriter.write(sweep, preamble),
                ImportFormat.KEITHLEY_SWEEP_CSV,
                THRESHOLD);
    }

    /** Counts over 2θ: a Si(400) peak (FWHM ~0.08°) on a slowly falling background, with counting noise. */
    static DemoRawFile diffractogram(int run, double peakDegrees) {
        Random noise = new Random(2000 + run);
        int points = 1001;
        double[] twoTheta = new double[points];
        double[] counts = new double[points];
        double sigma = 0.08 / 2.3548;
        for (int i = 0; i < points; i++) {
            double angle = 64.0 + i * 0.01;
            double background = 120 - (angle - 64.0) * 4;
            double peak = 48_000 * Math.exp(-Math.pow(angle - peakDegrees, 2) / (2 * sigma * sigma));
            double expected = background + peak;
            twoTheta[i] = round(angle, 3);
            counts[i] = Math.max(0, Math.round(expected + noise.nextGaussian() * Math.sqrt(expected)));
        }
        Series pattern = Series.of(
                "theta-2theta scan",
                Trace.of(XrdXyImporter.TWO_THETA, twoTheta),
                Trace.of(XrdXyImporter.INTENSITY, counts));
        return new DemoRawFile(
                "xrd-si400-run" + (run + 1) + ".xy",
                "text/plain",
                XrdXyWriter.write(pattern, "Si(400) theta-2theta, Cu K-alpha1"),
                ImportFormat.XRD_XY,
                SI_400_PEAK);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
