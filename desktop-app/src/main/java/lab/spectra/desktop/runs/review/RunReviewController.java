package lab.spectra.desktop.runs.review;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.runreview.ReviewDecision;

/** Binds the review card: the run's context, its reviews, and the review form behind "Review…". */
public final class RunReviewController {

    private final RunReviewViewModel model;

    @FXML
    Label empty;

    @FXML
    GridPane contextGrid;

    @FXML
    Label sample;

    @FXML
    Label device;

    @FXML
    Label recipe;

    @FXML
    Label instrument;

    @FXML
    Label calibration;

    @FXML
    Label operator;

    @FXML
    Label started;

    @FXML
    Label finished;

    @FXML
    TableView<ReviewLine> reviews;

    @FXML
    TableColumn<ReviewLine, String> reviewer;

    @FXML
    TableColumn<ReviewLine, String> when;

    @FXML
    TableColumn<ReviewLine, String> decision;

    @FXML
    TableColumn<ReviewLine, String> comment;

    @FXML
    TableColumn<ReviewLine, String> state;

    @FXML
    Label blocked;

    @FXML
    Button open;

    @FXML
    VBox form;

    @FXML
    ComboBox<ReviewDecision> decisionChoice;

    @FXML
    TextArea commentText;

    @FXML
    PasswordField password;

    @FXML
    Button sign;

    @FXML
    Label message;

    public RunReviewController(RunReviewViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        model.context().addListener((observable, before, after) -> show(after));
        show(model.context().get());

        reviews.setItems(model.reviews());
        Cells.text(reviewer, line -> line.review().reviewerName());
        Cells.text(when, line -> Times.format(line.review().reviewedAt()));
        Cells.text(decision, line -> nameOf(line.review().decision()));
        Cells.text(
                comment,
                line -> line.review().reviewComment() == null
                        ? ""
                        : line.review().reviewComment());
        Cells.text(state, ReviewLine::state);

        blocked.textProperty().bind(model.blockedReason());
        open.disableProperty()
                .bind(model.blockedReason().isNotEmpty().or(model.context().isNull()));
        decisionChoice.getItems().setAll(model.decisions());
        Choices.show(decisionChoice, RunReviewController::nameOf);
        decisionChoice.valueProperty().bindBidirectional(model.decision());
        commentText.textProperty().bindBidirectional(model.comment());
        sign.disableProperty().bind(model.busy());
        message.textProperty().bind(model.message());
        model.blockedReason().addListener((observable, before, after) -> {
            if (!after.isEmpty()) {
                showForm(false);
            }
        });
    }

    private void show(RunContext context) {
        empty.setVisible(context == null);
        empty.setManaged(context == null);
        contextGrid.setVisible(context != null);
        contextGrid.setManaged(context != null);
        if (context == null) {
            showForm(false);
            return;
        }
        sample.setText(context.sample());
        device.setText(context.device().orElse("— (whole sample)"));
        recipe.setText(context.recipe());
        instrument.setText(context.instrument());
        calibration.setText(
                context.calibration().map(RunReviewController::certificate).orElse("none recorded"));
        operator.setText(context.operator());
        started.setText(Times.format(context.run().startedAt()));
        finished.setText(Times.format(context.run().finishedAt()));
    }

    private static String certificate(Calibration certificate) {
        return certificate.certificateNumber() + ", valid " + Times.format(certificate.issuedAt()) + " to "
                + Times.format(certificate.expiresAt())
                + (certificate.revokedAt() != null ? " (since revoked)" : "");
    }

    private static String nameOf(ReviewDecision decision) {
        return decision == null ? "" : decision.name().toLowerCase(Locale.ROOT);
    }

    private void showForm(boolean shown) {
        form.setVisible(shown);
        form.setManaged(shown);
    }

    @FXML
    void open() {
        showForm(!form.isVisible());
    }

    @FXML
    void sign() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        model.review(typed);
    }
}
