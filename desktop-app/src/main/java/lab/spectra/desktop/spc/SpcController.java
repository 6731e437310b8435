package lab.spectra.desktop.spc;

import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import lab.spectra.desktop.ui.Cells;

/**
 * Binds the SPC screen: the series list, the selected series' chart with its date range and
 * exports, and two slots the alerts pane and the series actions are put in.
 */
public final class SpcController {

    private final SpcViewModel model;
    private final ExportFileChooser chooser;
    /** Built with the view, on the JavaFX thread (ChartFX insists). */
    private SpcChart spcChart;

    @FXML
    TableView<SeriesRow> table;

    @FXML
    TableColumn<SeriesRow, String> name;

    @FXML
    TableColumn<SeriesRow, String> instrument;

    @FXML
    TableColumn<SeriesRow, String> lineage;

    @FXML
    TableColumn<SeriesRow, String> quantity;

    @FXML
    TableColumn<SeriesRow, String> chartType;

    @FXML
    TableColumn<SeriesRow, String> limits;

    @FXML
    TableColumn<SeriesRow, String> alerts;

    @FXML
    TableColumn<SeriesRow, String> critical;

    @FXML
    HBox actionsSlot;

    @FXML
    StackPane alertsSlot;

    @FXML
    DatePicker from;

    @FXML
    DatePicker to;

    @FXML
    Button reset;

    @FXML
    Button exportPng;

    @FXML
    Button exportCsv;

    @FXML
    Label note;

    @FXML
    StackPane chartHolder;

    @FXML
    Label message;

    public SpcController(SpcViewModel model, ExportFileChooser chooser) {
        this.model = model;
        this.chooser = chooser;
    }

    @FXML
    void initialize() {
        table.setItems(model.series());
        Cells.text(name, row -> row.series().name());
        Cells.text(instrument, SeriesRow::instrumentName);
        Cells.text(lineage, SeriesRow::lineage);
        Cells.text(quantity, SeriesRow::quantity);
        Cells.text(chartType, row -> row.series().chartType().label());
        Cells.text(limits, SeriesRow::limitsState);
        Cells.text(alerts, row -> row.openAlerts() == 0 ? "" : String.valueOf(row.openAlerts()));
        Cells.text(critical, row -> row.series().critical() ? "critical" : "");
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selectedSeriesProperty().set(after.series().id());
            }
        });
        // A reload replaces the rows; the selection follows the series, not the row object.
        model.series().addListener((ListChangeListener<SeriesRow>) change -> selectShown());
        model.selectedSeriesProperty().addListener((observable, before, after) -> selectShown());
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        spcChart = new SpcChart();
        chartHolder.getChildren().setAll(spcChart.chart());
        spcChart.onPointClicked(model::openRunOf);
        model.chart().addListener((observable, before, after) -> show(after));
        show(model.chart().get());
        message.textProperty().bind(model.message());
        // Empty notes take no room from the chart.
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        exportPng.disableProperty().bind(model.chart().isNull());
        exportCsv.disableProperty().bind(model.chart().isNull());
        selectShown();
    }

    /** Puts the alerts pane of the selected series under the chart. */
    public void showAlerts(Node alertsPane) {
        alertsSlot.getChildren().setAll(alertsPane);
    }

    /** Adds buttons (create, edit, freeze limits…) above the chart, after those already there. */
    public void addActions(Node... actions) {
        actionsSlot.getChildren().addAll(actions);
    }

    /** The chart, for tests and the screenshot. */
    public SpcChart spcChart() {
        return spcChart;
    }

    @FXML
    void resetRange() {
        model.resetRange();
        spcChart.resetZoom();
    }

    @FXML
    void exportPng() {
        chooser.choose(window(), model.suggestedFileName("png"), "PNG image", "png")
                .ifPresent(file -> model.exportPng(ChartPng.pixelsOf(spcChart.snapshot()), file));
    }

    @FXML
    void exportCsv() {
        chooser.choose(window(), model.suggestedFileName("csv"), "CSV", "csv").ifPresent(model::exportCsv);
    }

    private void show(SpcChartData data) {
        spcChart.chart().setVisible(data != null);
        if (data == null) {
            note.setText("Pick a series to see its chart");
            return;
        }
        note.setText(data.note());
        spcChart.show(data);
    }

    private void selectShown() {
        UUID id = model.selectedSeriesProperty().get();
        SeriesRow selected = table.getSelectionModel().getSelectedItem();
        if (id == null || (selected != null && selected.series().id().equals(id))) {
            return;
        }
        model.series().stream()
                .filter(row -> row.series().id().equals(id))
                .findFirst()
                .ifPresent(row -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                });
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
