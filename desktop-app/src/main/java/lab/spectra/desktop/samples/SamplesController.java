package lab.spectra.desktop.samples;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;

/** Binds the samples screen; forms a role may not use are removed from it. */
public final class SamplesController {

    private final SamplesViewModel model;

    @FXML
    private TextField barcodeField;
    @FXML
    private Label message;
    @FXML
    private TableView<Sample> table;
    @FXML
    private TableColumn<Sample, String> nameColumn;
    @FXML
    private TableColumn<Sample, String> barcodeColumn;
    @FXML
    private TableColumn<Sample, String> locationColumn;
    @FXML
    private TableColumn<Sample, String> statusColumn;
    @FXML
    private VBox createForm;
    @FXML
    private TextField newName;
    @FXML
    private TextField newBarcode;
    @FXML
    private TextField newLocation;
    @FXML
    private TextField newNotes;
    @FXML
    private Label heading;
    @FXML
    private Label custodian;
    @FXML
    private VBox details;
    @FXML
    private TabPane tabs;
    @FXML
    private TableView<CustodyEvent> custodyTable;
    @FXML
    private TableColumn<CustodyEvent, String> when;
    @FXML
    private TableColumn<CustodyEvent, String> from;
    @FXML
    private TableColumn<CustodyEvent, String> to;
    @FXML
    private TableColumn<CustodyEvent, String> where;
    @FXML
    private TableColumn<CustodyEvent, String> reason;
    @FXML
    private VBox custodyForm;
    @FXML
    private TextField custodyFrom;
    @FXML
    private TextField custodyTo;
    @FXML
    private TextField custodyLocation;
    @FXML
    private TextField custodyReason;
    @FXML
    private Button recordCustody;
    @FXML
    private TreeView<SamplePart> parts;
    @FXML
    private VBox waferForm;
    @FXML
    private TextField waferLabel;
    @FXML
    private TextField waferDiameter;
    @FXML
    private Button addWafer;
    @FXML
    private VBox deviceForm;
    @FXML
    private TextField deviceName;
    @FXML
    private TextField deviceType;
    @FXML
    private Button addDevice;
    @FXML
    private Tab editTab;
    @FXML
    private TextField editLocation;
    @FXML
    private TextField editNotes;
    @FXML
    private Button saveSample;

    public SamplesController(SamplesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        barcodeField.textProperty().bindBidirectional(model.barcode());
        // A keyboard-wedge scanner types into whatever has focus: start here.
        barcodeField.sceneProperty().addListener((observable, before, after) -> {
            if (after != null) {
                barcodeField.requestFocus();
            }
        });
        message.textProperty().bind(model.message());

        table.setItems(model.samples());
        Cells.text(nameColumn, Sample::name);
        Cells.text(barcodeColumn, Sample::barcode);
        Cells.text(locationColumn, sample -> Objects.requireNonNullElse(sample.location(), ""));
        Cells.text(statusColumn, sample -> sample.status().name().toLowerCase().replace('_', ' '));
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selected().set(after);
            }
        });
        model.selected().addListener((observable, before, after) -> showInTable(after));
        model.samples().addListener((ListChangeListener<Sample>) change -> showInTable(model.selected().get()));

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
        removeUnless(waferForm, model.mayCreateWafer());
        removeUnless(deviceForm, model.mayCreateDevice());
        if (!model.mayEditSample()) {
            tabs.getTabs().remove(editTab);
        }
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
        if (sample != null && table.getSelectionModel().getSelectedItem() != sample) {
            table.getSelectionModel().select(sample);
            int row = table.getSelectionModel().getSelectedIndex();
            if (row >= 0) {
                table.scrollTo(row);
            }
        }
    }

    private static void bind(TextField field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    private static void removeUnless(Node form, boolean allowed) {
        if (!allowed) {
            ((Pane) form.getParent()).getChildren().remove(form);
        }
    }

    @FXML
    private void scan() {
        model.scan();
        // An unknown code stays, selected, so the next scan replaces it.
        barcodeField.selectAll();
    }

    @FXML
    private void createSample() {
        model.createSample();
    }

    @FXML
    private void saveSample() {
        model.saveSample();
    }

    @FXML
    private void addWafer() {
        model.addWafer();
    }

    @FXML
    private void addDevice() {
        model.addDevice();
    }

    @FXML
    private void recordCustody() {
        model.recordCustody();
    }
}
