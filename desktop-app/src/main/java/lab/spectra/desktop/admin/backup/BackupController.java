package lab.spectra.desktop.admin.backup;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.FileChooser;

/** Binds the backup screen to its view model; asks where to write the backup. */
public final class BackupController {

    private final BackupViewModel model;

    @FXML
    Button backUp;

    @FXML
    Label message;

    @FXML
    ProgressIndicator busy;

    public BackupController(BackupViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        backUp.disableProperty().bind(model.busy().or(model.available().not()));
        message.textProperty().bind(model.message());
        busy.visibleProperty().bind(model.busy());
    }

    @FXML
    void backUp() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up this lab");
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lab backup", "*.zip"));
        File target = chooser.showSaveDialog(backUp.getScene().getWindow());
        if (target != null) {
            model.backUpTo(target.toPath());
        }
    }
}
