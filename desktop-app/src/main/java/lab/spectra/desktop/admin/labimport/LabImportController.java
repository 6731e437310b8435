package lab.spectra.desktop.admin.labimport;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.model.labimport.LabRecordKind;

/** Binds the import screen; asks which file to read. */
public final class LabImportController {

    private final LabImportViewModel model;
    private final Function<Window, Optional<Path>> chooseFile;

    @FXML
    ComboBox<LabRecordKind> kind;

    @FXML
    Button choose;

    @FXML
    Label fileName;

    @FXML
    ProgressIndicator busy;

    @FXML
    Label columns;

    @FXML
    TableView<ImportLine> table;

    @FXML
    TableColumn<ImportLine, String> line;

    @FXML
    TableColumn<ImportLine, String> text;

    @FXML
    TableColumn<ImportLine, String> password;

    @FXML
    Button importNow;

    @FXML
    Label message;

    public LabImportController(LabImportViewModel model) {
        this(model, LabImportController::openCsv);
    }

    /** @param chooseFile asks for the file to import (a file dialog; tests answer directly) */
    public LabImportController(LabImportViewModel model, Function<Window, Optional<Path>> chooseFile) {
        this.model = model;
        this.chooseFile = chooseFile;
    }

    @FXML
    void initialize() {
        kind.getItems().setAll(model.kinds());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(LabRecordKind value) {
                return value == null ? "" : title(value);
            }

            @Override
            public LabRecordKind fromString(String string) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kind());
        columns.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> LabImportViewModel.columnsOf(model.kind().get()), model.kind()));
        fileName.textProperty().bind(model.fileName());
        busy.visibleProperty().bind(model.busy());
        choose.disableProperty().bind(model.busy());
        table.setItems(model.lines());
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ImportLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("import-problem");
                if (!empty && item != null && item.problem()) {
                    getStyleClass().add("import-problem");
                }
            }
        });
        Cells.text(line, row -> Integer.toString(row.line()));
        Cells.text(text, ImportLine::text);
        Cells.text(password, ImportLine::temporaryPassword);
        importNow.disableProperty().bind(model.importable().not().or(model.busy()));
        message.textProperty().bind(model.message());
    }

    @FXML
    void choose() {
        chooseFile.apply(choose.getScene().getWindow()).ifPresent(model::preview);
    }

    @FXML
    void importNow() {
        model.importPreviewed();
    }

    static String title(LabRecordKind kind) {
        return switch (kind) {
            case PEOPLE -> "People";
            case INSTRUMENTS -> "Instruments and their certificates";
            case SAMPLES -> "Samples";
        };
    }

    private static Optional<Path> openCsv(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a CSV file to import");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
