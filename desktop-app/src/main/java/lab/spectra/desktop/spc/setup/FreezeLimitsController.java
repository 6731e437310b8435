package lab.spectra.desktop.spc.setup;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.spc.SpcPoint;

/**
 * Binds "Freeze limits…" / "Change limits…": the limits the baseline gives or why it gives none,
 * and the reason and password to sign them; the signing part exists only when there is something
 * to sign.
 */
public final class FreezeLimitsController {

    private final FreezeLimitsViewModel model;
    private final Runnable close;

    @FXML
    Label title;

    @FXML
    Pane baselineStart;

    @FXML
    ComboBox<SpcPoint> firstPoint;

    @FXML
    GridPane figures;

    @FXML
    Label refusal;

    @FXML
    VBox signing;

    @FXML
    TextArea reason;

    @FXML
    PasswordField password;

    @FXML
    Button sign;

    @FXML
    Label message;

    /** @param close removes the form from the screen */
    public FreezeLimitsController(FreezeLimitsViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    @FXML
    void initialize() {
        title.textProperty()
                .bind(model.seriesName()
                        .map(name -> (model.fromALaterBaseline() ? "Change limits of " : "Freeze limits of ") + name));
        if (model.fromALaterBaseline()) {
            firstPoint.setItems(model.points());
            Choices.show(firstPoint, point -> Times.format(point.measuredAt()) + " · " + point.value());
            firstPoint.valueProperty().bindBidirectional(model.firstPoint());
        } else {
            ((Pane) baselineStart.getParent()).getChildren().remove(baselineStart);
        }
        refusal.textProperty().bind(model.refusal());
        refusal.visibleProperty().bind(model.refusal().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        model.proposal().addListener((observable, before, after) -> showFigures());
        // The proposal may have been read already (a quick read, or a test's waiting task runner).
        showFigures();
        // Without limits to sign there is no sign button at all, not a greyed one.
        signing.visibleProperty().bind(model.canSign());
        signing.managedProperty().bind(model.canSign());
        reason.textProperty().bindBidirectional(model.reason());
        sign.disableProperty().bind(model.busy().or(model.signed()));
        message.textProperty().bind(model.message());
    }

    private void showFigures() {
        figures.getChildren().clear();
        int row = 0;
        for (FreezeLimitsViewModel.Figure figure : model.figures()) {
            Label label = new Label(figure.label());
            label.getStyleClass().add("text-muted");
            Label value = new Label(figure.value());
            value.setWrapText(true);
            value.setId("spc-limits-"
                    + figure.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            figures.addRow(row++, label, value);
        }
    }

    @FXML
    void sign() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        model.sign(typed);
    }

    @FXML
    void close() {
        close.run();
    }
}
