package lab.spectra.desktop.inbox;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import lab.spectra.desktop.ui.Cells;

/** Binds the inbox: a table of what waits, opened by Enter, a double-click or the Open button. */
public final class InboxController {

    private final InboxViewModel model;

    @FXML
    TableView<InboxItem> table;

    @FXML
    TableColumn<InboxItem, String> kind;

    @FXML
    TableColumn<InboxItem, String> item;

    @FXML
    TableColumn<InboxItem, String> when;

    @FXML
    Button open;

    @FXML
    Label message;

    public InboxController(InboxViewModel model) {
        this.model = model;
    }

    @FXML
    void initialize() {
        table.setItems(model.items());
        table.setPlaceholder(new Label("Nothing waits for you."));
        Cells.text(kind, entry -> entry.kind().label());
        Cells.text(item, InboxItem::text);
        Cells.text(when, Inbox::when);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> model.selected()
                .set(after));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.openSelected();
                event.consume();
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.openSelected();
            }
        });
        open.disableProperty().bind(model.selected().isNull());
        message.textProperty().bind(model.message());
    }

    @FXML
    void open() {
        model.openSelected();
    }
}
