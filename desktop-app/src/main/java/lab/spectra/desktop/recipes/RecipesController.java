package lab.spectra.desktop.recipes;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.model.recipe.Recipe;

/** Binds the recipe list and details; Approve and Retire are removed for roles that may not use them. */
public final class RecipesController {

    private final RecipesViewModel model;

    @FXML
    TableView<Recipe> table;

    @FXML
    TableColumn<Recipe, String> name;

    @FXML
    TableColumn<Recipe, String> kind;

    @FXML
    TableColumn<Recipe, String> version;

    @FXML
    TableColumn<Recipe, String> status;

    @FXML
    TextArea parameters;

    @FXML
    HBox decisions;

    @FXML
    TextField comment;

    @FXML
    Button approve;

    @FXML
    Button retire;

    @FXML
    Label message;

    public RecipesController(RecipesViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.recipes());
        Cells.text(name, Recipe::name);
        Cells.text(kind, recipe -> recipe.instrumentKind().displayName());
        Cells.text(version, recipe -> "v" + recipe.version());
        Cells.text(status, recipe -> recipe.status().name().toLowerCase(Locale.ROOT));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));
        model.selected().addListener((observable, before, after) -> {
            parameters.setText(after == null ? "" : after.parameters().toPrettyString());
            if (after != null && !after.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(after);
            }
        });
        comment.textProperty().bindBidirectional(model.comment());
        if (!model.mayApprove()) {
            decisions.getChildren().removeAll(approve);
        }
        if (!model.mayRetire()) {
            decisions.getChildren().removeAll(retire);
        }
        if (!model.mayApprove() && !model.mayRetire()) {
            decisions.getChildren().clear();
            decisions.setManaged(false);
        }
        approve.disableProperty().bind(model.approvable().not());
        retire.disableProperty().bind(model.retirable().not());
        message.textProperty().bind(model.message());
    }

    @FXML
    void approve() {
        model.approve();
    }

    @FXML
    void retire() {
        model.retire();
    }
}
