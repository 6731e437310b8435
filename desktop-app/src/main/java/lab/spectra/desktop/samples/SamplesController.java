package lab.spectra.desktop.samples;

import java.util.Locale;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;

/** Binds the samples screen; forms a role may not use are removed from it. */
public final class SamplesController {

    private final SamplesViewModel model;
    private final FormValidation newSampleForm = new FormValidation();
    private final FormValidation handOverForm = new FormValidation();

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
    TableColumn<Sample, String> locationColumn;

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
                if (!empty && item != null && getIndex() == view.getItems().size() - 1) {
                    Platform.runLater(model::loadMore);
                }
            }
        });
        Cells.text(nameColumn, Sample::name);
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
        bind(editLocation, model.editLocation());
        bind(editNotes, model.editNotes());
        addDevice.disableProperty().bind(model.waferChosen().not());

        removeUnless(createForm, model.mayCreateSample());
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
        removeUnless(waferForm, model.mayCreateWafer());
        removeUnless(deviceForm, model.mayCreateDevice());
        if (!model.mayEditSample()) {
            tabs.getTabs().remove(editTab);
        }
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
