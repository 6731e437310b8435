package lab.spectra.desktop.admin.people;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.auth.PeopleClient.Person;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.model.auth.Role;

/** Binds Administration > People to its view model; copies a temporary password on request. */
public final class PeopleController {

    private final PeopleViewModel model;

    @FXML
    Label offlineNote;

    @FXML
    ComboBox<Role> roleFilter;

    @FXML
    ComboBox<PeopleViewModel.Activity> activityFilter;

    @FXML
    TableView<Person> people;

    @FXML
    TableColumn<Person, String> nameColumn;

    @FXML
    TableColumn<Person, String> emailColumn;

    @FXML
    TableColumn<Person, String> roleColumn;

    @FXML
    TableColumn<Person, String> stateColumn;

    @FXML
    ComboBox<Role> roleChoice;

    @FXML
    Button changeRole;

    @FXML
    TextField reason;

    @FXML
    Button deactivate;

    @FXML
    Button reactivate;

    @FXML
    Button resetPassword;

    @FXML
    TextField newEmail;

    @FXML
    TextField newName;

    @FXML
    ComboBox<Role> newRole;

    @FXML
    Button addPerson;

    @FXML
    VBox passwordBox;

    @FXML
    Label passwordFor;

    @FXML
    TextField temporaryPassword;

    @FXML
    Label message;

    @FXML
    Label error;

    public PeopleController(PeopleViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        offlineNote.textProperty().bind(model.offlineNote());
        offlineNote.visibleProperty().bind(model.offlineNote().isNotEmpty());
        offlineNote.managedProperty().bind(offlineNote.visibleProperty());

        roleFilter.getItems().add(null);
        roleFilter.getItems().addAll(model.roles());
        Choices.show(roleFilter, role -> role == null ? "Every role" : role.displayName());
        roleFilter.valueProperty().bindBidirectional(model.roleFilter());
        activityFilter.getItems().setAll(PeopleViewModel.Activity.values());
        Choices.show(activityFilter, PeopleViewModel.Activity::label);
        activityFilter.valueProperty().bindBidirectional(model.activityFilter());

        people.setItems(model.people());
        nameColumn.setCellValueFactory(
                row -> Bindings.createStringBinding(() -> row.getValue().name()));
        emailColumn.setCellValueFactory(
                row -> Bindings.createStringBinding(() -> row.getValue().email()));
        roleColumn.setCellValueFactory(
                row -> Bindings.createStringBinding(() -> row.getValue().role().displayName()));
        stateColumn.setCellValueFactory(
                row -> Bindings.createStringBinding(() -> row.getValue().active() ? "Active" : "Deactivated"));
        people.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> model.selected()
                .set(now));
        model.selected().addListener((observable, was, now) -> {
            if (now != null && people.getSelectionModel().getSelectedItem() != now) {
                people.getSelectionModel().select(now);
            }
        });

        roleChoice.getItems().setAll(model.roles());
        Choices.show(roleChoice, Role::displayName);
        roleChoice.valueProperty().bindBidirectional(model.roleChoice());
        reason.textProperty().bindBidirectional(model.reason());
        var nothingSelected = model.selected().isNull().or(model.busy());
        changeRole.disableProperty().bind(nothingSelected);
        deactivate.disableProperty().bind(nothingSelected);
        reactivate.disableProperty().bind(nothingSelected);
        resetPassword.disableProperty().bind(nothingSelected);

        newEmail.textProperty().bindBidirectional(model.newEmail());
        newName.textProperty().bindBidirectional(model.newName());
        newRole.getItems().setAll(model.roles());
        Choices.show(newRole, Role::displayName);
        newRole.valueProperty().bindBidirectional(model.newRole());
        addPerson.disableProperty().bind(model.busy());

        passwordBox.visibleProperty().bind(model.temporaryPassword().isNotEmpty());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        passwordFor.textProperty().bind(model.temporaryPasswordFor());
        temporaryPassword.textProperty().bind(model.temporaryPassword());
        message.textProperty().bind(model.message());
        error.textProperty().bind(model.error());
        model.load();
    }

    @FXML
    void refresh() {
        model.load();
    }

    @FXML
    void addPerson() {
        model.add();
    }

    @FXML
    void changeRole() {
        model.changeRole();
    }

    @FXML
    void deactivate() {
        model.deactivate();
    }

    @FXML
    void reactivate() {
        model.reactivate();
    }

    @FXML
    void resetPassword() {
        model.resetPassword();
    }

    /** The temporary password to the clipboard, to paste into a message to the person. */
    @FXML
    void copyPassword() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.temporaryPassword().get());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    void dismissPassword() {
        model.dismissPassword();
    }
}
