package lab.spectra.desktop.search;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** Binds the quick search window: Down moves into the list, Enter opens, Esc closes. */
public final class QuickSearchController {

    private final QuickSearchViewModel model;
    private final Runnable close;

    @FXML
    TextField text;

    @FXML
    ListView<Found> results;

    @FXML
    Label message;

    /** @param close closes the window (after a record was opened, or on Esc) */
    public QuickSearchController(QuickSearchViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    @FXML
    void initialize() {
        text.textProperty().bindBidirectional(model.text());
        results.setItems(model.results());
        message.textProperty().bind(model.message());
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Found item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.line());
            }
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                model.enter(results.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        results.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                model.open(results.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY
                    && event.getClickCount() == 2
                    && results.getSelectionModel().getSelectedItem() != null) {
                model.open(results.getSelectionModel().getSelectedItem());
            }
        });
    }
}
