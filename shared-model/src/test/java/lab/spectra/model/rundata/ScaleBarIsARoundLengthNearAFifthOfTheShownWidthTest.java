package lab.spectra.model.rundata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class ScaleBarIsARoundLengthNearAFifthOfTheShownWidthTest {

    @Test
    void aTwoMicronFieldShownAThousandPixelsWideGetsA500NmBar() {
        ScaleBar bar = ScaleBar.fitting(2e-9, 1000);

        assertThat(bar.label()).isEqualTo("500 nm");
        assertThat(bar.lengthMetres()).isCloseTo(500e-9, within(1e-15));
        assertThat(bar.lengthPixels()).isCloseTo(250, within(1e-9));
    }

    @Test
    void zoomingInFourTimesShortensTheBarToTheNextRoundLength() {
        // The same 2 nm pixels shown four times larger: 0.5 nm per shown pixel, 100 nm in a fifth.
        ScaleBar bar = ScaleBar.fitting(0.5e-9, 1000);

        assertThat(bar.label()).isEqualTo("100 nm");
        assertThat(bar.lengthPixels()).isCloseTo(200, within(1e-9));
    }

    @Test
    void lengthsAreWrittenInTheUnitThatKeepsThemWhole() {
        assertThat(ScaleBar.fitting(10e-9, 1000).label()).isEqualTo("2 \u00b5m");
        assertThat(ScaleBar.fitting(50e-9, 1000).label()).isEqualTo("10 \u00b5m");
        assertThat(ScaleBar.fitting(1e-6, 2600).label()).isEqualTo("500 \u00b5m");
        assertThat(ScaleBar.fitting(5e-6, 1000).label()).isEqualTo("1 mm");
        assertThat(ScaleBar.fitting(0.02e-9, 1000).label()).isEqualTo("5 nm");
        assertThat(ScaleBar.fitting(0.001e-9, 1000).label()).isEqualTo("200 pm");
    }

    @Test
    void aPixelWithoutSizeHasNoBar() {
        assertThatThrownBy(() -> ScaleBar.fitting(0, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScaleBar.fitting(Double.NaN, 1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 1000)
    void theBarIsOneTwoOrFiveTimesAPowerOfTenWithinAFactorOfAFifthOfTheWidth(
            @ForAll @Scale(6) @DoubleRange(min = -12, max = -3) double log10MetresPerPixel,
            @ForAll @Scale(3) @DoubleRange(min = 50, max = 8000) double shownWidth) {
        double metresPerPixel = Math.pow(10, log10MetresPerPixel);

        ScaleBar bar = ScaleBar.fitting(metresPerPixel, shownWidth);

        double target = shownWidth * metresPerPixel / 5;
        // Between neighbouring round lengths (1-2-5-10) no ratio exceeds 2.5: the nearest is within its root.
        assertThat(bar.lengthMetres() / target).isBetween(1 / Math.sqrt(2.5) - 1e-9, Math.sqrt(2.5) + 1e-9);
        double mantissa = bar.lengthMetres() / Math.pow(10, Math.floor(Math.log10(bar.lengthMetres()) + 1e-9));
        assertThat(Math.round(mantissa)).isIn(1L, 2L, 5L);
        assertThat(mantissa).isCloseTo(Math.round(mantissa), within(1e-6));
        assertThat(bar.lengthPixels())
                .isCloseTo(bar.lengthMetres() / metresPerPixel, within(1e-6 * bar.lengthPixels()));
        String number = bar.label().substring(0, bar.label().indexOf(' '));
        assertThat(new BigDecimal(number).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
    }
}
