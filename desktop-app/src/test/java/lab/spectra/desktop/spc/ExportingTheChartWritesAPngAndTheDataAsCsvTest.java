package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Export PNG writes the chart as drawn (red violations included); Export CSV writes one UTF-8 row
 * per point with a header: run and receive times, value and unit, run, sample, operator and the
 * rules broken in words.
 */
class ExportingTheChartWritesAPngAndTheDataAsCsvTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void thePngHoldsTheDrawnChart(FxRobot robot, @TempDir Path folder) throws Exception {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());
        Path png = folder.resolve("chart.png");
        screen.exportTo(png);

        robot.clickOn("#spc-export-png");

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(redPixels(image)).as("the violating values' red").isGreaterThan(20);
        assertThat(screen.model.message().get()).isEqualTo("Exported the chart to chart.png");
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerPoint(FxRobot robot, @TempDir Path folder) throws Exception {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());
        Path csv = folder.resolve("chart.csv");
        screen.exportTo(csv);

        robot.clickOn("#spc-export-csv");

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("run_time,receive_time,value,unit,run_id,run,sample,operator,subgroup_mean,violations");
        assertThat(lines).hasSize(1 + ShiftedSeries.offsets().length);
        int far = ShiftedSeries.BEYOND_THREE_SIGMA;
        assertThat(lines.get(1 + far))
                .startsWith(ShiftedSeries.runTime(far) + ","
                        + ShiftedSeries.runTime(far).plusSeconds(25 * 60) + ",")
                .contains(",V," + shifted.runs.get(far).id() + ",IV sweep v1," + lab.sample.name() + ","
                        + lab.technician.displayName() + ",,")
                .endsWith("Rule 1: one point more than 3 sigma from the centre line");
        assertThat(lines.get(1)).endsWith(",");
        assertThat(screen.model.message().get())
                .isEqualTo("Exported " + ShiftedSeries.offsets().length + " points to chart.csv");
    }

    private static int redPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int red = (argb >> 16) & 0xff;
                int green = (argb >> 8) & 0xff;
                int blue = argb & 0xff;
                if (red > 180 && green < 90 && blue < 90) {
                    count++;
                }
            }
        }
        return count;
    }
}
