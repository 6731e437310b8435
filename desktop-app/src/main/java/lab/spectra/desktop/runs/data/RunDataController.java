package lab.spectra.desktop.runs.data;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.runs.report.ReportFileChooser;
import lab.spectra.desktop.runs.report.RunReportViewModel;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.rundata.derived.AlgorithmId;

/**
 * Binds a run's data tab: its files, its results, the import button, and the chart or, for an SEM
 * image, the image with its scale bar and the field for a pixel size the file does not carry.
 */
public final class RunDataController {

    private final RunDataViewModel model;
    private final DataFileChooser chooser;
    private final RunReportViewModel report;
    private final ReportFileChooser reportChooser;
    private final RunChart runChart = new RunChart();
    private final SemImagePane semImage = new SemImagePane();

    @FXML
    Button importFile;

    @FXML
    Label message;

    @FXML
    Button exportReport;

    @FXML
    Label reportMessage;

    @FXML
    TableView<Attachment> files;

    @FXML
    TableColumn<Attachment, String> fileName;

    @FXML
    Label dataSource;

    @FXML
    TableColumn<Attachment, String> fileSize;

    @FXML
    TableView<ResultLine> results;

    @FXML
    TableColumn<ResultLine, String> quantity;

    @FXML
    TableColumn<ResultLine, String> value;

    @FXML
    TableColumn<ResultLine, String> method;

    @FXML
    StackPane chartPane;

    @FXML
    CheckBox logY;

    @FXML
    Label readout;

    @FXML
    Label plotStatus;

    @FXML
    HBox pixelSizeRow;

    @FXML
    TextField pixelSize;

    @FXML
    VBox windowRow;

    @FXML
    ComboBox<AlgorithmId> analysisMethod;

    @FXML
    TextField windowFrom;

    @FXML
    TextField windowTo;

    @FXML
    Label windowUnit;

    @FXML
    Button recordWithWindow;

    public RunDataController(
            RunDataViewModel model,
            DataFileChooser chooser,
            RunReportViewModel report,
            ReportFileChooser reportChooser) {
        this.model = model;
        this.chooser = chooser;
        this.report = report;
        this.reportChooser = reportChooser;
    }

    @FXML
    void initialize() {
        if (!model.mayImport()) {
            ((Pane) importFile.getParent()).getChildren().remove(importFile);
        }
        importFile.disableProperty().bind(model.run().isNull());
        message.textProperty().bind(model.message());
        report.run().bind(model.run());
        exportReport.disableProperty().bind(model.run().isNull().or(report.writing()));
        reportMessage.textProperty().bind(report.message());

        files.setItems(model.attachments());
        Cells.text(fileName, model::fileLabel);
        Cells.text(fileSize, file -> sizeOf(file.sizeBytes()));
        files.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selectedFile().set(after);
            }
        });
        model.selectedFile().addListener((observable, before, after) -> files.getSelectionModel()
                .select(after));

        results.setItems(model.results());
        Cells.text(quantity, ResultLine::quantity);
        Cells.text(value, line -> String.format(Locale.ROOT, "%.5g %s", line.value(), line.unit()));
        Cells.text(method, ResultLine::methodAndSource);
        dataSource.textProperty().bind(model.dataSource());
        dataSource.visibleProperty().bind(model.dataSource().isNotEmpty());
        dataSource.managedProperty().bind(dataSource.visibleProperty());

        chartPane.getChildren().setAll(runChart.chart(), semImage);
        // An SEM image takes the chart's place; the chart stays laid out behind it, hidden.
        semImage.picture().bind(model.picture());
        semImage.visibleProperty().bind(model.picture().isNotNull());
        runChart.chart().visibleProperty().bind(model.picture().isNull());
        logY.visibleProperty().bind(model.picture().isNull());
        pixelSizeRow.visibleProperty().bind(model.asksForPixelSize());
        pixelSizeRow.managedProperty().bind(model.asksForPixelSize());
        model.selectedFile().addListener((observable, before, after) -> pixelSize.clear());

        // Choosing the window a method looks at records a result: hidden from those who may not.
        RunAnalysis analysis = model.analysis();
        BooleanBinding analysable =
                Bindings.isNotEmpty(analysis.methods()).and(model.run().isNotNull());
        windowRow.visibleProperty().bind(analysable.and(Bindings.createBooleanBinding(model::mayImport)));
        windowRow.managedProperty().bind(windowRow.visibleProperty());
        analysisMethod.setItems(analysis.methods());
        analysisMethod.valueProperty().bindBidirectional(analysis.method());
        windowFrom.textProperty().bindBidirectional(analysis.windowFrom());
        windowTo.textProperty().bindBidirectional(analysis.windowTo());
        windowUnit.textProperty().bind(analysis.windowUnit());
        runChart.logarithmicY().bind(logY.selectedProperty());
        readout.textProperty().bind(runChart.readout().textProperty());
        plotStatus.textProperty().bind(model.plotStatus());
        model.plot().addListener((observable, before, after) -> showPlot(after));
        showPlot(model.plot().get());
    }

    private void showPlot(Plot plot) {
        runChart.show(plot == null ? new Plot("x", "y", java.util.List.of(), false) : plot);
        logY.setDisable(plot == null);
        if (plot != null && !plot.currentOverVoltage() && logY.isSelected()) {
            logY.setSelected(false);
        }
    }

    @FXML
    void recordWithWindow() {
        model.recordWithWindow();
    }

    @FXML
    void applyPixelSize() {
        model.typePixelSize(pixelSize.getText());
    }

    @FXML
    void importFile() {
        chooser.choose(importFile.getScene().getWindow()).ifPresent(model::importFile);
    }

    /** The report draws an IV sweep's |current| on a log axis when the chart on screen does. */
    @FXML
    void exportReport() {
        reportChooser
                .choose(exportReport.getScene().getWindow(), report.suggestedFileName())
                .ifPresent(target -> report.export(target, logY.isSelected() && !logY.isDisabled()));
    }

    private static String sizeOf(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
