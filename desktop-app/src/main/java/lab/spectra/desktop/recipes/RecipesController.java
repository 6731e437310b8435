package lab.spectra.desktop.recipes;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.recipe.Recipe;

/**
 * Binds the recipe list, the selected recipe's details and the editor. Actions a role may not
 * take are removed from the view, not disabled: a technician sees no authoring and no decisions.
 */
public final class RecipesController {

    private final RecipesViewModel model;

    @FXML
    HBox header;

    @FXML
    Button newRecipe;

    @FXML
    TableView<Recipe> table;

    @FXML
    TableColumn<Recipe, String> name;

    @FXML
    TableColumn<Recipe, String> version;

    @FXML
    TableColumn<Recipe, String> kind;

    @FXML
    TableColumn<Recipe, String> status;

    @FXML
    TableColumn<Recipe, String> author;

    @FXML
    StackPane body;

    @FXML
    HBox browser;

    @FXML
    VBox details;

    @FXML
    Label rejectionNotice;

    @FXML
    TableView<ParameterRow> parameterTable;

    @FXML
    TableColumn<ParameterRow, String> parameterLabel;

    @FXML
    TableColumn<ParameterRow, String> parameterValue;

    @FXML
    TableColumn<ParameterRow, String> parameterUnit;

    @FXML
    ListView<String> linkedSops;

    @FXML
    ListView<String> decisionList;

    @FXML
    ListView<String> history;

    @FXML
    HBox authoring;

    @FXML
    Button editDraft;

    @FXML
    Button submit;

    @FXML
    Button newVersion;

    @FXML
    HBox decisions;

    @FXML
    TextField comment;

    @FXML
    Button approve;

    @FXML
    Button reject;

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
        Cells.text(version, recipe -> "v" + recipe.version());
        Cells.text(kind, recipe -> recipe.instrumentKind().displayName());
        Cells.text(status, model::statusOf);
        Cells.text(author, model::authorOf);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null || !table.getItems().contains(model.selected().get())) {
                model.selected().set(after);
            }
        });
        model.selected().addListener((observable, before, after) -> {
            if (after != null && !after.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(after);
            }
        });
        bindDetails();
        bindActions();
        Parent editor = Views.load(new RecipeEditorController(model.draft(), model::saveDraft));
        // The editor takes the whole screen while it is open: the typed fields need the room.
        editor.visibleProperty().bind(model.draft().open());
        browser.visibleProperty().bind(model.draft().open().not());
        body.getChildren().add(editor);
    }

    private void bindDetails() {
        rejectionNotice.textProperty().bind(model.rejectionNotice());
        rejectionNotice.managedProperty().bind(model.rejectionNotice().isNotEmpty());
        rejectionNotice.visibleProperty().bind(rejectionNotice.managedProperty());
        parameterTable.setItems(model.parameterRows());
        Cells.text(parameterLabel, ParameterRow::label);
        Cells.text(parameterValue, ParameterRow::value);
        Cells.text(parameterUnit, ParameterRow::unit);
        linkedSops.setItems(model.linkedSops());
        decisionList.setItems(model.decisions());
        history.setItems(model.history());
        message.textProperty().bind(model.message());
    }

    private void bindActions() {
        comment.textProperty().bindBidirectional(model.comment());
        if (!model.mayAuthor()) {
            header.getChildren().remove(newRecipe);
            details.getChildren().remove(authoring);
        }
        if (!model.mayApprove()) {
            decisions.getChildren().removeAll(approve, reject);
        }
        if (!model.mayRetire()) {
            decisions.getChildren().remove(retire);
        }
        if (!model.mayApprove() && !model.mayRetire()) {
            details.getChildren().remove(decisions);
        }
        editDraft.disableProperty().bind(model.editable().not());
        submit.disableProperty().bind(model.submittable().not());
        newVersion.disableProperty().bind(model.versionable().not());
        approve.disableProperty().bind(model.approvable().not());
        reject.disableProperty().bind(model.rejectable().not());
        retire.disableProperty().bind(model.retirable().not());
    }

    @FXML
    void newRecipe() {
        model.newRecipe();
    }

    @FXML
    void editDraft() {
        model.editDraft();
    }

    @FXML
    void submit() {
        model.submit();
    }

    @FXML
    void newVersion() {
        model.newVersion();
    }

    @FXML
    void approve() {
        model.approve();
    }

    @FXML
    void reject() {
        model.reject();
    }

    @FXML
    void retire() {
        model.retire();
    }
}
