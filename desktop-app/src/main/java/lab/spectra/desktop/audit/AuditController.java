package lab.spectra.desktop.audit;

import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.model.audit.view.AuditEntryView;
import lab.spectra.model.protocol.CommandTypes;

/** Binds the audit viewer: filters, the paged list, the record's history, integrity and exports. */
public final class AuditController {

    private final AuditViewModel model;
    private final AuditExportChooser chooser;

    @FXML
    ComboBox<String> table;

    @FXML
    TextField recordId;

    @FXML
    ComboBox<AuditQueries.Person> person;

    @FXML
    ComboBox<String> action;

    @FXML
    DatePicker from;

    @FXML
    DatePicker to;

    @FXML
    TextField workstationId;

    @FXML
    TableView<AuditEntryView> entries;

    @FXML
    TableColumn<AuditEntryView, String> sequence;

    @FXML
    TableColumn<AuditEntryView, String> when;

    @FXML
    TableColumn<AuditEntryView, String> who;

    @FXML
    TableColumn<AuditEntryView, String> bench;

    @FXML
    TableColumn<AuditEntryView, String> what;

    @FXML
    TableColumn<AuditEntryView, String> record;

    @FXML
    TableColumn<AuditEntryView, String> changes;

    @FXML
    TableColumn<AuditEntryView, String> reason;

    @FXML
    Button loadMore;

    @FXML
    Label historyTitle;

    @FXML
    TableView<HistoryRow> history;

    @FXML
    TableColumn<HistoryRow, String> historyWhen;

    @FXML
    TableColumn<HistoryRow, String> historyWho;

    @FXML
    TableColumn<HistoryRow, String> historyAction;

    @FXML
    TableColumn<HistoryRow, String> historyField;

    @FXML
    TableColumn<HistoryRow, String> historyBefore;

    @FXML
    TableColumn<HistoryRow, String> historyAfter;

    @FXML
    TableColumn<HistoryRow, String> historyReason;

    @FXML
    Button checkIntegrity;

    @FXML
    ProgressBar verificationProgress;

    @FXML
    Label verdict;

    @FXML
    Label message;

    public AuditController(AuditViewModel model, AuditExportChooser chooser) {
        this.model = model;
        this.chooser = chooser;
    }

    @FXML
    void initialize() {
        table.getItems().setAll(AuditViewModel.TABLES);
        table.getEditor().textProperty().bindBidirectional(model.table());
        recordId.textProperty().bindBidirectional(model.recordId());
        person.setItems(model.people());
        person.valueProperty().bindBidirectional(model.person());
        action.getItems().setAll(CommandTypes.all().keySet());
        action.getEditor().textProperty().bindBidirectional(model.action());
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        workstationId.textProperty().bindBidirectional(model.workstationId());

        entries.setItems(model.entries());
        Cells.text(sequence, entry -> Long.toString(entry.sequence()));
        Cells.text(when, AuditViewModel::when);
        Cells.text(who, AuditViewModel::who);
        Cells.text(bench, AuditViewModel::workstation);
        Cells.text(what, AuditEntryView::action);
        Cells.text(record, AuditViewModel::record);
        Cells.text(changes, AuditViewModel::changes);
        Cells.text(reason, entry -> entry.reason() == null ? "" : entry.reason());
        entries.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));
        loadMore.disableProperty().bind(model.more().not());

        historyTitle.textProperty().bind(model.historyTitle());
        history.setItems(model.history());
        Cells.text(historyWhen, HistoryRow::when);
        Cells.text(historyWho, HistoryRow::who);
        Cells.text(historyAction, HistoryRow::action);
        Cells.text(historyField, HistoryRow::field);
        Cells.text(historyBefore, HistoryRow::before);
        Cells.text(historyAfter, HistoryRow::after);
        Cells.text(historyReason, HistoryRow::reason);

        checkIntegrity.disableProperty().bind(model.verifying());
        verificationProgress.progressProperty().bind(model.verificationProgress());
        verificationProgress.visibleProperty().bind(model.verifying());
        verdict.textProperty().bind(model.verdict());
        message.textProperty().bind(model.message());
    }

    @FXML
    void search() {
        model.search();
    }

    @FXML
    void clear() {
        model.table().set("");
        model.recordId().set("");
        model.person().set(null);
        model.action().set("");
        model.from().set(null);
        model.to().set(null);
        model.workstationId().set("");
        model.search();
    }

    @FXML
    void loadMore() {
        model.loadMore();
    }

    @FXML
    void checkIntegrity() {
        model.checkIntegrity();
    }

    @FXML
    void exportCsv() {
        export("CSV", "csv");
    }

    @FXML
    void exportPdf() {
        export("PDF", "pdf");
    }

    private void export(String kind, String extension) {
        chooser.choose(
                        entries.getScene().getWindow(),
                        "audit-trail-" + LocalDate.now() + "." + extension,
                        kind,
                        extension)
                .ifPresent(target -> model.export(extension, target));
    }
}
