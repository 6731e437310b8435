package lab.spectra.desktop.runs.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import lab.spectra.model.rundata.PixelSize;
import lab.spectra.model.rundata.ScaleBar;

/**
 * An SEM image fitted to the pane, with a scale bar over its lower left corner: a round length near
 * a fifth of the width shown, recomputed whenever the pane is resized or zoomed. The mouse wheel
 * zooms about the centre, from the whole image up to {@link #MOST_ZOOM} times.
 */
final class SemImagePane extends StackPane {

    static final double MOST_ZOOM = 16;

    /** One wheel notch (40 px of scroll) zooms by this factor. */
    private static final double ZOOM_PER_NOTCH = 1.25;

    private final ImageView view = new ImageView();
    private final Rectangle bar = new Rectangle(0, 4);
    private final Label barLabel = new Label();
    private final VBox scaleBar = new VBox(2, barLabel, bar);
    private final ObjectProperty<SemPicture> picture = new SimpleObjectProperty<>();
    private double zoom = 1;

    SemImagePane() {
        setId("sem-image");
        getStyleClass().add("sem-image");
        view.setId("sem-image-view");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        bar.setId("scale-bar");
        bar.getStyleClass().add("scale-bar");
        barLabel.setId("scale-bar-label");
        barLabel.getStyleClass().add("scale-bar-label");
        scaleBar.getStyleClass().add("scale-bar-box");
        scaleBar.setAlignment(Pos.CENTER_LEFT);
        scaleBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        scaleBar.setManaged(true);
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        getChildren().addAll(view, scaleBar);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(0, 0);
        picture.addListener((observable, before, after) -> {
            if (before == null || after == null || before.image() != after.image()) {
                zoom = 1;
            }
            view.setImage(after == null ? null : after.image());
            requestLayout();
        });
        addEventHandler(ScrollEvent.SCROLL, this::zoomed);
    }

    ObjectProperty<SemPicture> picture() {
        return picture;
    }

    double zoom() {
        return zoom;
    }

    private void zoomed(ScrollEvent scroll) {
        if (picture.get() == null || scroll.getDeltaY() == 0) {
            return;
        }
        zoom = Math.max(1, Math.min(MOST_ZOOM, zoom * Math.pow(ZOOM_PER_NOTCH, scroll.getDeltaY() / 40)));
        requestLayout();
        scroll.consume();
    }

    @Override
    protected void layoutChildren() {
        SemPicture shown = picture.get();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        if (shown != null && width > 0 && height > 0) {
            double scale = Math.min(width / shown.widthPixels(), height / shown.heightPixels()) * zoom;
            view.setFitWidth(shown.widthPixels() * scale);
            view.setFitHeight(shown.heightPixels() * scale);
            placeScaleBar(shown, scale, Math.min(width, shown.widthPixels() * scale));
        } else {
            scaleBar.setVisible(false);
        }
        super.layoutChildren();
    }

    /** The bar for the image drawn {@code scale} screen pixels per image pixel, {@code visibleWidth} wide. */
    private void placeScaleBar(SemPicture shown, double scale, double visibleWidth) {
        if (shown.pixelSize().isEmpty()) {
            scaleBar.setVisible(false);
            barLabel.setText("");
            return;
        }
        PixelSize pixel = shown.pixelSize().get();
        ScaleBar fitted = ScaleBar.fitting(pixel.widthMetres() / scale, visibleWidth);
        bar.setWidth(fitted.lengthPixels());
        barLabel.setText(fitted.label());
        scaleBar.setVisible(true);
        // Over the image's lower left corner, not the pane's, when the image is narrower than the pane.
        double imageLeft = Math.max(0, (getWidth() - shown.widthPixels() * scale) / 2);
        double imageBottom = Math.max(0, (getHeight() - shown.heightPixels() * scale) / 2);
        scaleBar.setTranslateX(imageLeft);
        scaleBar.setTranslateY(-imageBottom);
    }
}
