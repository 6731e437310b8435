package lab.spectra.model.spc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Series for the property tests, written as distances from the centre line in sigmas on a grid of
 * quarter sigmas (so the zone boundaries at 0, 1, 2 and 3 sigma are hit exactly, and ties between
 * neighbours happen). Purely random points would almost never form a trend of six or an
 * alternation of fourteen, so a series is stitched from segments that look like what a chart
 * shows: noise, a flat stretch, a trend, a sawtooth, a shift to one side.
 */
final class SeriesInSigmas {

    private static final int QUARTERS_TO_FOUR_SIGMA = 16;

    private SeriesInSigmas() {}

    /** A series of up to about 150 points built from up to eight segments. */
    static Arbitrary<List<Double>> patterned() {
        return Arbitraries.oneOf(noise(), flat(), trend(), sawtooth(), shift())
                .list()
                .ofMaxSize(8)
                .map(segments -> segments.stream().flatMap(List::stream).toList());
    }

    /** A quarter-sigma grid position within 4 sigma either side. */
    static Arbitrary<Double> gridPoint() {
        return quarters(-QUARTERS_TO_FOUR_SIGMA, QUARTERS_TO_FOUR_SIGMA).map(SeriesInSigmas::quarter);
    }

    /** The same value repeated: a series with no variation at all. */
    static Arbitrary<List<Double>> constant() {
        return Combinators.combine(quarters(-24, 24), Arbitraries.integers().between(0, 60))
                .as((k, length) -> Collections.nCopies(length, quarter(k)));
    }

    private static Arbitrary<List<Double>> noise() {
        return gridPoint().list().ofMinSize(1).ofMaxSize(10);
    }

    private static Arbitrary<List<Double>> flat() {
        return Combinators.combine(gridPoint(), Arbitraries.integers().between(2, 20))
                .as((z, length) -> Collections.nCopies(length, z));
    }

    private static Arbitrary<List<Double>> trend() {
        return Combinators.combine(
                        quarters(-QUARTERS_TO_FOUR_SIGMA, QUARTERS_TO_FOUR_SIGMA),
                        Arbitraries.of(-2, -1, 1, 2),
                        Arbitraries.integers().between(2, 9))
                .as((start, step, length) -> IntStream.range(0, length)
                        .mapToObj(i -> quarter(start + step * i))
                        .toList());
    }

    private static Arbitrary<List<Double>> sawtooth() {
        return Combinators.combine(
                        quarters(-8, 8),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(2, 18))
                .as((base, amplitude, length) -> IntStream.range(0, length)
                        .mapToObj(i -> quarter(base + (i % 2 == 0 ? amplitude : -amplitude)))
                        .toList());
    }

    private static Arbitrary<List<Double>> shift() {
        return Combinators.combine(
                        Arbitraries.of(-1, 1),
                        quarters(1, 12).list().ofMinSize(3).ofMaxSize(12))
                .as((side, sizes) -> {
                    List<Double> shifted = new ArrayList<>();
                    sizes.forEach(k -> shifted.add(quarter(side * k)));
                    return shifted;
                });
    }

    private static Arbitrary<Integer> quarters(int from, int to) {
        return Arbitraries.integers().between(from, to);
    }

    private static double quarter(int k) {
        return k / 4.0;
    }
}
