package lab.spectra.desktop.recipes;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import lab.spectra.desktop.recipes.editor.FreeParameter;
import lab.spectra.desktop.recipes.editor.ParameterEditorViewModel;
import lab.spectra.desktop.recipes.editor.ParameterField;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.ParameterType;

/**
 * The recipe editor: name, instrument kind, one typed field per parameter the kind knows (built
 * again when the kind changes), free parameters, and the SOPs to follow. Problems show under the
 * field as the person types.
 */
public final class RecipeEditorController {

    private final RecipeDraftViewModel draft;
    private final Runnable save;

    @FXML
    Label title;

    @FXML
    TextField name;

    @FXML
    ComboBox<InstrumentKind> kind;

    @FXML
    GridPane fields;

    @FXML
    TableView<FreeParameter> free;

    @FXML
    TableColumn<FreeParameter, String> freeKey;

    @FXML
    TableColumn<FreeParameter, String> freeValue;

    @FXML
    Button removeFree;

    @FXML
    Label problems;

    @FXML
    ListView<SopChoice> sops;

    @FXML
    Label message;

    /** @param save saves the draft (through the screen, which then selects it) */
    public RecipeEditorController(RecipeDraftViewModel draft, Runnable save) {
        this.draft = draft;
        this.save = save;
    }

    @FXML
    void initialize() {
        ParameterEditorViewModel parameters = draft.parameters();
        title.textProperty().bind(draft.title());
        name.textProperty().bindBidirectional(draft.name());
        kind.getItems().setAll(draft.kinds());
        Choices.show(kind, InstrumentKind::displayName);
        kind.valueProperty().bindBidirectional(parameters.kind());
        kind.disableProperty().bind(draft.kindFixed());
        parameters.fields().addListener((ListChangeListener<ParameterField>) change -> buildFields());
        buildFields();
        free.setItems(parameters.freeParameters());
        freeKey.setCellValueFactory(cell -> cell.getValue().key());
        freeValue.setCellValueFactory(cell -> cell.getValue().value());
        freeKey.setCellFactory(TextFieldTableCell.forTableColumn());
        freeValue.setCellFactory(TextFieldTableCell.forTableColumn());
        removeFree
                .disableProperty()
                .bind(free.getSelectionModel().selectedItemProperty().isNull());
        problems.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.join("\n", parameters.problems()), parameters.problems()));
        sops.setItems(draft.sops());
        sops.setCellFactory(CheckBoxListCell.forListView(SopChoice::chosen));
        message.textProperty().bind(draft.message());
    }

    private List<String> problemsOfNoSingleField() {
        List<String> ofFields = draft.parameters().fields().stream()
                .map(field -> field.problem().get())
                .toList();
        return draft.parameters().problems().stream()
                .filter(problem -> !ofFields.contains(problem))
                .toList();
    }

    /** One row per parameter: label, field, unit; its problem under it while there is one. */
    private void buildFields() {
        fields.getChildren().clear();
        int row = 0;
        for (ParameterField field : draft.parameters().fields()) {
            Label label = new Label(field.spec().label() + (field.spec().required() ? " *" : ""));
            if (field.spec().required()) {
                label.getStyleClass().add("required-mark");
            }
            Node input = input(field);
            Label unit = new Label(field.spec().unit());
            Label problem = new Label();
            problem.getStyleClass().add("parameter-problem");
            problem.setWrapText(true);
            problem.setId("problem-" + field.spec().key());
            problem.textProperty().bind(field.problem());
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.managedProperty());
            field.problem()
                    .addListener((observable, before, after) ->
                            input.pseudoClassStateChanged(Styles.STATE_DANGER, !after.isEmpty()));
            input.pseudoClassStateChanged(
                    Styles.STATE_DANGER, !field.problem().get().isEmpty());
            fields.addRow(row++, label, input, unit);
            fields.add(problem, 0, row++, 3, 1);
        }
    }

    private static Node input(ParameterField field) {
        Tooltip hint = new Tooltip(field.spec().labelWithUnit() + ": " + field.hint());
        if (field.spec().type() == ParameterType.CHOICE) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().add("");
            choice.getItems().addAll(field.spec().choices());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().bindBidirectional(field.text());
            choice.setId("parameter-" + field.spec().key());
            choice.setTooltip(hint);
            return choice;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.text());
        text.setPromptText(field.hint());
        text.setTooltip(hint);
        text.setId("parameter-" + field.spec().key());
        return text;
    }

    @FXML
    void addFreeParameter() {
        FreeParameter added = draft.parameters().addFreeParameter();
        free.getSelectionModel().select(added);
        free.edit(free.getItems().indexOf(added), freeKey);
    }

    @FXML
    void removeFreeParameter() {
        FreeParameter chosen = free.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            draft.parameters().removeFreeParameter(chosen);
        }
    }

    @FXML
    void save() {
        save.run();
    }

    @FXML
    void cancel() {
        draft.cancel();
    }
}
