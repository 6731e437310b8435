package lab.spectra.desktop.runs.data;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import lab.spectra.model.rundata.PixelSize;

/** The data tab's SEM image pane drawn off screen, for the README's picture. Call on the JavaFX thread. */
public final class SemImageSnapshot {

    private SemImageSnapshot() {}

    /** The test's gold-on-carbon micrograph at {@code metresPerPixel}, in a pane of the given size. */
    public static WritableImage goldOnCarbon(double metresPerPixel, double width, double height) {
        byte[] png = SemMicrographs.png(SemMicrographs.goldOnCarbon(7), metresPerPixel);
        SemImagePane pane = new SemImagePane();
        pane.picture()
                .set(SemPicture.decode(
                        png, Optional.of(PixelSize.square(metresPerPixel, PixelSize.Source.PNG_PHYS_CHUNK))));
        Scene scene = new Scene(pane, width, height);
        scene.getStylesheets()
                .add(SemImageSnapshot.class
                        .getResource("/lab/spectra/desktop/ui/app.css")
                        .toExternalForm());
        pane.applyCss();
        pane.layout();
        return scene.snapshot(null);
    }
}
