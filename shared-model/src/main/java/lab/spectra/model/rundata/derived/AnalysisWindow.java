package lab.spectra.model.rundata.derived;

/**
 * The part of a curve an algorithm looks at, in the unit of the curve's x axis: the voltages an IV
 * slope is fitted over, the x range holding the one peak whose width is measured. Either order; the
 * ends are included.
 */
public record AnalysisWindow(double from, double to) {

    public AnalysisWindow {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from == to) {
            throw new IllegalArgumentException("A window has two different finite ends");
        }
    }

    public double low() {
        return Math.min(from, to);
    }

    public double high() {
        return Math.max(from, to);
    }

    public boolean contains(double x) {
        return x >= low() && x <= high();
    }
}
