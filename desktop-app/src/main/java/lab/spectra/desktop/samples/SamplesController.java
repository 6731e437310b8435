package lab.spectra.desktop.samples;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lab.spectra.desktop.materials.NewMaterialForm;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.sample.Wafer;
import org.controlsfx.control.SearchableComboBox;

/** Binds the samples screen; forms a role may not use are removed from it. */
public final class SamplesController {

    /** The style class of a deleted sample's row. */
    static final String DELETED_ROW = "deleted-sample";

    private final SamplesViewModel model;
    private final FormValidation newSampleForm = new FormValidation();
    private final FormValidation handOverForm = new FormValidation();
    private final FormValidation editSampleForm = new FormValidation();
    private final FormValidation deletionForm = new FormValidation();
    private final FormValidation newMaterialForm = new FormValidation();

    @FXML
    TextField barcodeField;

    @FXML
    Label message;

    @FXML
    TextField filterField;

    @FXML
    TableView<Sample> table;

    @FXML
    Label listSummary;

    @FXML
    TableColumn<Sample, String> nameColumn;

    @FXML
    TableColumn<Sample, String> barcodeColumn;

    @FXML
    TableColumn<Sample, String> materialColumn;

    @FXML
    TableColumn<Sample, String> locationColumn;

    @FXML
    CheckBox showDeleted;

    @FXML
    Label newBarcodeClash;

    @FXML
    SearchableComboBox<Material> newMaterial;

    @FXML
    Button newMaterialButton;

    @FXML
    VBox materialForm;

    @FXML
    TextField materialName;

    @FXML
    TextField materialFormula;

    @FXML
    TextField materialDescription;

    @FXML
    Button deleteButton;

    @FXML
    Label deletionNote;

    @FXML
    VBox deleteConfirmation;

    @FXML
    Label deleteQuestion;

    @FXML
    TextField deleteReason;

    @FXML
    TextField editName;

    @FXML
    TextField editBarcode;

    @FXML
    Label editBarcodeClash;

    @FXML
    ComboBox<SampleStatus> editStatus;

    @FXML
    SearchableComboBox<Material> editMaterial;

    @FXML
    Button editNewMaterialButton;

    @FXML
    TextField editReason;

    @FXML
    TableColumn<Sample, String> statusColumn;

    @FXML
    VBox createForm;

    @FXML
    TextField newName;

    @FXML
    TextField newBarcode;

    @FXML
    TextField newLocation;

    @FXML
    TextField newNotes;

    @FXML
    Label heading;

    @FXML
    Label custodian;

    @FXML
    VBox details;

    @FXML
    TabPane tabs;

    @FXML
    TableView<CustodyEvent> custodyTable;

    @FXML
    TableColumn<CustodyEvent, String> when;

    @FXML
    TableColumn<CustodyEvent, String> from;

    @FXML
    TableColumn<CustodyEvent, String> to;

    @FXML
    TableColumn<CustodyEvent, String> where;

    @FXML
    TableColumn<CustodyEvent, String> reason;

    @FXML
    VBox custodyForm;

    @FXML
    TextField custodyFrom;

    @FXML
    TextField custodyTo;

    @FXML
    TextField custodyLocation;

    @FXML
    TextField custodyReason;

    @FXML
    TreeView<SamplePart> parts;

    @FXML
    VBox waferForm;

    @FXML
    TextField waferLabel;

    @FXML
    TextField waferDiameter;

    @FXML
    VBox deviceForm;

    @FXML
    TextField deviceName;

    @FXML
    TextField deviceType;

    @FXML
    Button addDevice;

    @FXML
    Tab editTab;

    @FXML
    TextField editLocation;

    @FXML
    TextField editNotes;

    public SamplesController(SamplesViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        barcodeField.textProperty().bindBidirectional(model.barcode());
        // A keyboard-wedge scanner types into whatever has focus: start here.
        barcodeField.sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                barcodeField.requestFocus();
            }
        });
        message.textProperty().bind(model.message());

        filterField.textProperty().bindBidirectional(model.filter());
        listSummary.textProperty().bind(model.listSummary());
        table.setItems(model.samples());
        // The list is read a window at a time: showing its last row asks for the next window.
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Sample item, boolean empty) {
                super.updateItem(item, empty);
                // A deleted sample (an admin's "show deleted") is marked on its row, not only in its details.
                getStyleClass().remove(DELETED_ROW);
                if (!empty && item != null && item.deleted()) {
                    getStyleClass().add(DELETED_ROW);
                }
                if (!empty && item != null && getIndex() == view.getItems().size() - 1) {
                    Platform.runLater(model::loadMore);
                }
            }
        });
        Cells.text(nameColumn, sample -> sample.deleted() ? sample.name() + " (deleted)" : sample.name());
        Cells.text(materialColumn, sample -> model.materialName(sample.materialId()));
        model.materials().addListener((ListChangeListener<Material>) change -> table.refresh());
        Cells.text(barcodeColumn, Sample::barcode);
        Cells.text(locationColumn, sample -> Objects.requireNonNullElse(sample.location(), ""));
        Cells.text(
                statusColumn,
                sample -> sample.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selected().set(after);
            }
        });
        model.selected().addListener((observable, before, after) -> showInTable(after));
        model.samples().addListener((ListChangeListener<Sample>)
                change -> showInTable(model.selected().get()));

        heading.textProperty().bind(model.heading());
        deletionNote.textProperty().bind(model.deletionNote());
        showWhenText(deletionNote);
        custodian.textProperty().bind(model.custodian());
        details.disableProperty().bind(model.sampleChosen().not());

        custodyTable.setItems(model.custody());
        Cells.text(when, event -> Times.format(event.occurredAt()));
        Cells.text(from, CustodyEvent::fromCustodian);
        Cells.text(to, CustodyEvent::toCustodian);
        Cells.text(where, event -> Objects.requireNonNullElse(event.location(), ""));
        Cells.text(reason, event -> Objects.requireNonNullElse(event.reason(), ""));

        bindPartsTree();

        bind(newName, model.newName());
        bind(newBarcode, model.newBarcode());
        bind(newLocation, model.newLocation());
        bind(newNotes, model.newNotes());
        bind(custodyFrom, model.custodyFrom());
        bind(custodyTo, model.custodyTo());
        bind(custodyLocation, model.custodyLocation());
        bind(custodyReason, model.custodyReason());
        bind(waferLabel, model.waferLabel());
        bind(waferDiameter, model.waferDiameter());
        bind(deviceName, model.deviceName());
        bind(deviceType, model.deviceType());
        bindEditForm(model.editForm());
        bindMaterialChoices();
        addDevice.disableProperty().bind(model.waferChosen().not());

        removeUnless(createForm, model.mayCreateSample());
        removeUnless(showDeleted, model.mayShowDeleted());
        if (model.mayShowDeleted()) {
            showDeleted.selectedProperty().bindBidirectional(model.showDeleted());
        }
        bindDeletion();
        bindMaterialForm();
        removeUnless(custodyForm, model.mayRecordCustody());
        if (model.mayCreateSample()) {
            newSampleForm
                    .required(newName, SampleForms.NAME)
                    .required(newBarcode, SampleForms.BARCODE)
                    .optional(newLocation, SampleForms.LOCATION)
                    .optional(newNotes, SampleForms.NOTES);
        }
        if (model.mayRecordCustody()) {
            handOverForm
                    .required(custodyFrom, SampleForms.HANDED_FROM)
                    .required(custodyTo, SampleForms.HANDED_TO)
                    .optional(custodyLocation, SampleForms.NEW_LOCATION)
                    .optional(custodyReason, SampleForms.REASON);
        }
        if (model.mayEditSample()) {
            editSampleForm
                    .required(editName, SampleForms.NAME)
                    .required(editBarcode, SampleForms.BARCODE)
                    .optional(editLocation, SampleForms.LOCATION)
                    .optional(editNotes, SampleForms.NOTES)
                    .optional(editReason, SampleForms.EDIT_REASON);
        }
        if (model.mayDeleteSample()) {
            deletionForm.required(deleteReason, SampleForms.DELETION_REASON);
        }
        if (model.mayCreateMaterial()) {
            newMaterialForm
                    .required(materialName, SampleForms.MATERIAL_NAME)
                    .optional(materialFormula, SampleForms.FORMULA)
                    .optional(materialDescription, SampleForms.DESCRIPTION);
        }
        removeUnless(waferForm, model.mayCreateWafer());
        removeUnless(deviceForm, model.mayCreateDevice());
        if (!model.mayEditSample()) {
            tabs.getTabs().remove(editTab);
        }
    }

    private void bindEditForm(SampleEditForm form) {
        bind(editName, form.name());
        bind(editBarcode, form.barcode());
        bind(editLocation, form.location());
        bind(editNotes, form.notes());
        bind(editReason, form.reason());
        editStatus.getItems().setAll(SampleStatus.values());
        editStatus.setConverter(new StringConverter<>() {
            @Override
            public String toString(SampleStatus status) {
                return status == null
                        ? ""
                        : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public SampleStatus fromString(String text) {
                return null;
            }
        });
        editStatus.valueProperty().bindBidirectional(form.status());
        editMaterial.valueProperty().bindBidirectional(form.material());
        editBarcodeClash.textProperty().bind(form.barcodeClash());
        showWhenText(editBarcodeClash);
        // The reason is asked for loudly once the status changes.
        form.statusChanges()
                .addListener((observable, before, after) -> editReason.setPromptText(
                        after ? "Why does the status change? (required)" : "Reason for the change (optional)"));
    }

    private void bindMaterialChoices() {
        StringConverter<Material> named = new StringConverter<>() {
            @Override
            public String toString(Material material) {
                if (material == null) {
                    return "";
                }
                return material.formula() == null ? material.name() : material.name() + " (" + material.formula() + ")";
            }

            @Override
            public Material fromString(String text) {
                return null;
            }
        };
        for (ComboBox<Material> choice : List.of(newMaterial, editMaterial)) {
            choice.setItems(model.materials());
            choice.setConverter(named);
        }
        newMaterial.valueProperty().bindBidirectional(model.newMaterial());
        newBarcodeClash.textProperty().bind(model.newBarcodeClash());
        showWhenText(newBarcodeClash);
    }

    private void bindMaterialForm() {
        NewMaterialForm form = model.materialForm();
        if (!model.mayCreateMaterial()) {
            removeUnless(materialForm, false);
            removeUnless(newMaterialButton, false);
            removeUnless(editNewMaterialButton, false);
            return;
        }
        bind(materialName, form.name());
        bind(materialFormula, form.formula());
        bind(materialDescription, form.description());
        materialForm.visibleProperty().bind(form.isOpen());
        materialForm.managedProperty().bind(materialForm.visibleProperty());
    }

    private void bindDeletion() {
        if (!model.mayDeleteSample()) {
            removeUnless(deleteButton, false);
            removeUnless(deleteConfirmation, false);
            return;
        }
        SampleDeletion deletion = model.deletion();
        deleteButton
                .visibleProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.selected().get() != null
                                && !model.selected().get().deleted(),
                        model.selected()));
        deleteButton.managedProperty().bind(deleteButton.visibleProperty());
        deleteQuestion.textProperty().bind(deletion.pending().map(SampleDeletion::confirmation));
        bind(deleteReason, deletion.reason());
        deleteConfirmation.visibleProperty().bind(deletion.pending().isNotNull());
        deleteConfirmation.managedProperty().bind(deleteConfirmation.visibleProperty());
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** What the New sample form says about its fields. */
    FormValidation newSampleForm() {
        return newSampleForm;
    }

    /** What the Record a hand-over form says about its fields. */
    FormValidation handOverForm() {
        return handOverForm;
    }

    private void bindPartsTree() {
        parts.setRoot(new TreeItem<>(new SamplePart(null, null)));
        parts.setShowRoot(false);
        parts.setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(SamplePart item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        model.wafers().addListener((ListChangeListener<WaferDevices>) change -> rebuildTree());
        parts.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null && after.getValue() != null) {
                model.selectedWafer().set(after.getValue().wafer());
            }
        });
        rebuildTree();
    }

    private void rebuildTree() {
        Wafer chosen = model.selectedWafer().get();
        TreeItem<SamplePart> root = parts.getRoot();
        root.getChildren().clear();
        for (WaferDevices waferDevices : model.wafers()) {
            TreeItem<SamplePart> waferItem = new TreeItem<>(SamplePart.of(waferDevices.wafer()));
            waferItem.setExpanded(true);
            for (Device device : waferDevices.devices()) {
                waferItem.getChildren().add(new TreeItem<>(new SamplePart(waferDevices.wafer(), device)));
            }
            root.getChildren().add(waferItem);
            if (chosen != null && chosen.id().equals(waferDevices.wafer().id())) {
                parts.getSelectionModel().select(waferItem);
            }
        }
    }

    private void showInTable(Sample sample) {
        if (sample != null && !sample.equals(table.getSelectionModel().getSelectedItem())) {
            table.getSelectionModel().select(sample);
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                table.scrollTo(row);
            }
        }
    }

    private static void bind(TextField field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    private static void removeUnless(Node form, boolean allowed) {
        if (!allowed) {
            ((Pane) form.getParent()).getChildren().remove(form);
        }
    }

    @FXML
    void scan() {
        model.scan();
        // An unknown code stays, selected, so the next scan replaces it.
        barcodeField.selectAll();
    }

    @FXML
    void createSample() {
        model.createSample();
    }

    @FXML
    void saveSample() {
        model.saveSample();
    }

    @FXML
    void askToDelete() {
        model.deletion().ask();
    }

    @FXML
    void confirmDelete() {
        model.deletion().confirm();
    }

    @FXML
    void cancelDelete() {
        model.deletion().cancel();
    }

    @FXML
    void newMaterialForNewSample() {
        model.newMaterialForNewSample();
    }

    @FXML
    void newMaterialForEdit() {
        model.newMaterialForEdit();
    }

    @FXML
    void createMaterial() {
        model.materialForm().create();
    }

    @FXML
    void cancelMaterial() {
        model.materialForm().cancel();
    }

    @FXML
    void addWafer() {
        model.addWafer();
    }

    @FXML
    void addDevice() {
        model.addDevice();
    }

    @FXML
    void recordCustody() {
        model.recordCustody();
    }
}
