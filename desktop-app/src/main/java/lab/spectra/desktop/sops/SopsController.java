package lab.spectra.desktop.sops;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lab.spectra.desktop.notebook.MarkdownView;
import lab.spectra.desktop.notebook.RecordLink;
import lab.spectra.desktop.ui.Cells;
import lab.spectra.model.sop.Sop;

/**
 * Binds the SOP library. The document is Markdown rendered to JavaFX nodes by the notebook's
 * renderer (no WebView, which the app's linked runtime does not carry). Actions a role may not
 * take are removed, not disabled.
 */
public final class SopsController {

    private final SopsViewModel model;
    private final MarkdownView markdown;

    @FXML
    HBox header;

    @FXML
    Button newSop;

    @FXML
    TableView<Sop> table;

    @FXML
    TableColumn<Sop, String> title;

    @FXML
    TableColumn<Sop, String> version;

    @FXML
    TableColumn<Sop, String> status;

    @FXML
    VBox details;

    @FXML
    Label rejectionNotice;

    @FXML
    Label heading;

    @FXML
    Button openPdf;

    @FXML
    VBox document;

    @FXML
    ListView<String> versions;

    @FXML
    ListView<String> followedBy;

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

    @FXML
    VBox editor;

    @FXML
    TextField draftTitle;

    @FXML
    TextArea draftBody;

    @FXML
    Label editorMessage;

    /** @param opener opens a lab record an SOP links to */
    public SopsController(SopsViewModel model, RecordLink.Opener opener) {
        this.model = model;
        this.markdown = new MarkdownView(opener);
    }

    @FXML
    void initialize() {
        table.setItems(model.sops());
        Cells.text(title, Sop::title);
        Cells.text(version, sop -> "v" + sop.version());
        Cells.text(status, model::statusOf);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null || !table.getItems().contains(model.selected().get())) {
                model.selected().set(after);
            }
        });
        model.selected().addListener((observable, before, after) -> {
            heading.setText(after == null ? "" : after.label());
            if (after != null && !after.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(after);
            }
        });
        model.body().addListener((observable, before, after) -> document.getChildren()
                .setAll(markdown.render(after)));
        rejectionNotice.textProperty().bind(model.rejectionNotice());
        rejectionNotice.managedProperty().bind(model.rejectionNotice().isNotEmpty());
        rejectionNotice.visibleProperty().bind(rejectionNotice.managedProperty());
        openPdf.managedProperty().bind(model.pdf().isNotNull());
        openPdf.visibleProperty().bind(openPdf.managedProperty());
        versions.setItems(model.versions());
        followedBy.setItems(model.followedBy());
        message.textProperty().bind(model.message());
        editorMessage.textProperty().bind(model.message());
        comment.textProperty().bindBidirectional(model.comment());
        draftTitle.textProperty().bindBidirectional(model.draftTitle());
        draftBody.textProperty().bindBidirectional(model.draftBody());
        editor.visibleProperty().bind(model.editing());
        details.visibleProperty().bind(model.editing().not());
        table.disableProperty().bind(model.editing());
        removeWhatTheRoleMayNotDo();
        editDraft.disableProperty().bind(model.editable().not());
        submit.disableProperty().bind(model.submittable().not());
        newVersion.disableProperty().bind(model.versionable().not());
        approve.disableProperty().bind(model.approvable().not());
        reject.disableProperty().bind(model.rejectable().not());
        retire.disableProperty().bind(model.retirable().not());
    }

    private void removeWhatTheRoleMayNotDo() {
        if (!model.mayWrite()) {
            header.getChildren().remove(newSop);
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
    }

    @FXML
    void newSop() {
        model.newSop();
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

    @FXML
    void openPdf() {
        model.openPdf();
    }

    @FXML
    void saveDraft() {
        model.saveDraft();
    }

    @FXML
    void cancel() {
        model.cancelEditing();
    }
}
