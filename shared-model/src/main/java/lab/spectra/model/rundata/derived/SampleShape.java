package lab.spectra.model.rundata.derived;

/**
 * The outline of a sample under a collinear four-point probe centred on it, for the finite-size
 * correction. Lengths in metres.
 */
public sealed interface SampleShape {

    /** Much larger than the probe spacing in every direction: no finite-size correction. */
    record Unbounded() implements SampleShape {}

    /** A disc (a wafer) with the probes along a diameter. */
    record Circle(double diameterMetres) implements SampleShape {
        public Circle {
            FourPointProbe.requirePositive(diameterMetres, "The sample diameter");
        }
    }

    /**
     * A rectangle with the probe line parallel to its length.
     *
     * @param lengthMetres along the probe line
     * @param widthMetres across the probe line
     */
    record Rectangle(double lengthMetres, double widthMetres) implements SampleShape {
        public Rectangle {
            FourPointProbe.requirePositive(lengthMetres, "The sample length");
            FourPointProbe.requirePositive(widthMetres, "The sample width");
        }
    }
}
