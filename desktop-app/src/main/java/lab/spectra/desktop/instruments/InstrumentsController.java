package lab.spectra.desktop.instruments;

import java.time.Clock;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.model.availability.InstrumentStanding;

/**
 * Binds the instruments screen: locked instruments are marked, the selection shows its
 * certificates; the record and revoke forms are removed for roles that may not use them.
 */
public final class InstrumentsController {

    private static final String LOCKED = "locked";
    private static final String EXPIRING = "expiring";

    private final InstrumentsViewModel model;
    private final FormValidation recordValidation = new FormValidation();

    @FXML
    TableView<InstrumentLockout> instruments;

    @FXML
    TableColumn<InstrumentLockout, String> state;

    @FXML
    TableColumn<InstrumentLockout, String> name;

    @FXML
    TableColumn<InstrumentLockout, String> kind;

    @FXML
    TableColumn<InstrumentLockout, String> serial;

    @FXML
    TableColumn<InstrumentLockout, String> place;

    @FXML
    TableColumn<InstrumentLockout, String> availability;

    @FXML
    TableColumn<InstrumentLockout, String> calibration;

    @FXML
    Label historyTitle;

    @FXML
    TableView<CertificateRow> certificates;

    @FXML
    TableColumn<CertificateRow, String> number;

    @FXML
    TableColumn<CertificateRow, String> issued;

    @FXML
    TableColumn<CertificateRow, String> expires;

    @FXML
    TableColumn<CertificateRow, String> performedBy;

    @FXML
    TableColumn<CertificateRow, String> certificateState;

    @FXML
    Label reviewTitle;

    @FXML
    ListView<String> review;

    @FXML
    VBox recordForm;

    @FXML
    TextField newNumber;

    @FXML
    DatePicker newIssued;

    @FXML
    DatePicker newExpires;

    @FXML
    TextField newPerformedBy;

    @FXML
    Button record;

    @FXML
    VBox revokeForm;

    @FXML
    TextField reason;

    @FXML
    Button revoke;

    @FXML
    Label message;

    @FXML
    Button report;

    @FXML
    Label reportMessage;

    private final CalibrationReportViewModel reportModel;
    private final ReportFileChooser reportChooser;

    /** The screen without the report action (a bench whose report is not wired, older tests). */
    public InstrumentsController(InstrumentsViewModel model) {
        this(model, null, null);
    }

    /**
     * @param reportModel   the "Calibration report…" action, or null for none
     * @param reportChooser where the person saves it
     */
    public InstrumentsController(
            InstrumentsViewModel model, CalibrationReportViewModel reportModel, ReportFileChooser reportChooser) {
        this.model = model;
        this.reportModel = reportModel;
        this.reportChooser = reportChooser;
    }

    @FXML
    void initialize() {
        instruments.setItems(model.instruments());
        instruments.setPlaceholder(new Label("No instruments on record"));
        Cells.text(state, InstrumentsController::stateWord);
        Cells.text(name, lockout -> lockout.instrument().name());
        Cells.text(kind, lockout -> lockout.instrument().kind().displayName());
        Cells.text(serial, lockout -> orEmpty(lockout.instrument().serialNumber()));
        Cells.text(place, lockout -> orEmpty(lockout.instrument().location()));
        Cells.text(availability, InstrumentLockout::holdMessage);
        Cells.text(calibration, lockout -> lockout.calibration().message());
        instruments.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(InstrumentLockout item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(LOCKED, EXPIRING);
                String style = empty || item == null ? null : styleOf(item);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
        instruments
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((observable, before, after) -> model.select(after));
        model.selected().addListener((observable, before, after) -> {
            if (after != null && !after.equals(instruments.getSelectionModel().getSelectedItem())) {
                instruments.getSelectionModel().select(after);
            }
        });

        historyTitle.textProperty().bind(model.historyTitle());
        certificates.setItems(model.certificates());
        certificates.setPlaceholder(new Label("No certificates for this instrument"));
        Cells.text(number, row -> row.calibration().certificateNumber());
        Cells.text(issued, row -> CertificateRow.date(row.calibration().issuedAt()));
        Cells.text(expires, row -> CertificateRow.date(row.calibration().expiresAt()));
        Cells.text(performedBy, row -> orEmpty(row.calibration().performedBy()));
        Cells.text(certificateState, CertificateRow::state);
        certificates
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((observable, before, after) -> model.selectCertificate(after));
        model.selectedCertificate().addListener((observable, before, after) -> {
            if (after == null) {
                certificates.getSelectionModel().clearSelection();
            } else if (!after.equals(certificates.getSelectionModel().getSelectedItem())) {
                certificates.getSelectionModel().select(after);
            }
        });
        reviewTitle.textProperty().bind(model.reviewTitle());
        review.setItems(model.runsToReview());
        review.setPlaceholder(new Label("No runs relied on this certificate"));
        review.visibleProperty().bind(model.reviewTitle().isNotEmpty());
        review.managedProperty().bind(review.visibleProperty());

        if (model.mayRecord()) {
            newNumber.textProperty().bindBidirectional(model.certificateNumber());
            newIssued.valueProperty().bindBidirectional(model.issuedOn());
            newExpires.valueProperty().bindBidirectional(model.expiresOn());
            newPerformedBy.textProperty().bindBidirectional(model.performedBy());
            record.disableProperty().bind(model.recordable().not());
            recordValidation
                    .required(newNumber, CalibrationForm.CERTIFICATE_NUMBER)
                    .required(newIssued, CalibrationForm.issuedOn(Clock.systemUTC()))
                    .required(newExpires, CalibrationForm.expiresOn(newIssued::getValue))
                    .optional(newPerformedBy, CalibrationForm.PERFORMED_BY)
                    .recheckWhen(newIssued.valueProperty(), newExpires);
        } else {
            remove(recordForm);
        }
        if (model.mayRevoke()) {
            reason.textProperty().bindBidirectional(model.revocationReason());
            revoke.disableProperty().bind(model.revocable().not());
        } else {
            remove(revokeForm);
        }
        message.textProperty().bind(model.message());
        if (reportModel != null && reportModel.mayDownload()) {
            report.disableProperty().bind(reportModel.saving());
            reportMessage.textProperty().bind(reportModel.message());
        } else {
            ((Pane) report.getParent()).getChildren().removeAll(report, reportMessage);
        }
    }

    @FXML
    void saveReport() {
        reportChooser
                .choose(report.getScene().getWindow(), reportModel.suggestedFileName())
                .ifPresent(reportModel::save);
    }

    /** What the Record a calibration form says about its fields. */
    FormValidation recordValidation() {
        return recordValidation;
    }

    /** In the same words as the calibration status report: one shared wording. */
    private static String stateWord(InstrumentLockout lockout) {
        return InstrumentStanding.stateWord(lockout.calibration(), lockout.holds());
    }

    private static String styleOf(InstrumentLockout lockout) {
        return lockout.locked() ? LOCKED : lockout.expiringSoon() ? EXPIRING : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void remove(VBox form) {
        ((Pane) form.getParent()).getChildren().remove(form);
    }

    @FXML
    void record() {
        model.recordCalibration();
    }

    @FXML
    void revoke() {
        model.revokeCalibration();
    }
}
