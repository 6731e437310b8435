package lab.spectra.desktop.runs.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import lab.spectra.model.rundata.PixelSize;
import org.junit.jupiter.api.Test;

class ATypedPixelSizeIsAPlausibleSemPixelInNanometresTest {

    @Test
    void nanometresWithAPointOrADecimalCommaBecomeMetresTypedIn() {
        assertThat(TypedPixelSizes.parse(" 2.5 ")).hasValueSatisfying(pixel -> {
            assertThat(pixel.widthMetres()).isCloseTo(2.5e-9, within(1e-18));
            assertThat(pixel.source()).isEqualTo(PixelSize.Source.TYPED_IN);
        });
        assertThat(TypedPixelSizes.parse("0,8"))
                .hasValueSatisfying(pixel -> assertThat(pixel.heightMetres()).isCloseTo(0.8e-9, within(1e-18)));
    }

    @Test
    void nothingNegativeZeroTextOrAPrintResolutionIsTakenAsAPixelSize() {
        assertThat(TypedPixelSizes.parse("0")).isEmpty();
        assertThat(TypedPixelSizes.parse("-2")).isEmpty();
        assertThat(TypedPixelSizes.parse("2 nm")).isEmpty();
        assertThat(TypedPixelSizes.parse("")).isEmpty();
        assertThat(TypedPixelSizes.parse("NaN")).isEmpty();
        // 72 dpi is 352,778 nm per pixel: a print setting, not a microscope's field of view.
        assertThat(TypedPixelSizes.parse("352778")).isEmpty();
    }
}
