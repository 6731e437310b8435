package lab.spectra.desktop.notebook;

import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Duration;
import lab.spectra.desktop.notebook.sign.SignDialogController;
import lab.spectra.desktop.notebook.sign.SigningMeanings;
import lab.spectra.desktop.ui.Choices;
import lab.spectra.desktop.ui.Times;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Sample;

/** Binds the Notebook screen. */
public final class NotebookController {

    /** Signatures show their time to the second with the zone, as a printed manifestation does (§11.50). */
    static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z (VV)", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /** The preview follows typing after this pause, so that long entries do not render on every key. */
    private static final Duration PREVIEW_DELAY = Duration.millis(150);

    private final NotebookViewModel model;
    private final MarkdownView markdown;
    private final ObservableList<ElnEntryVersion> versions = FXCollections.observableArrayList();

    @FXML
    TextField search;

    @FXML
    ComboBox<UserAccount> author;

    @FXML
    ComboBox<Sample> sample;

    @FXML
    ComboBox<Run> run;

    @FXML
    DatePicker from;

    @FXML
    DatePicker to;

    @FXML
    ComboBox<SignatureState> state;

    @FXML
    ListView<NotebookHit> list;

    @FXML
    Pane actions;

    @FXML
    Button newEntry;

    @FXML
    Button edit;

    @FXML
    Button sign;

    @FXML
    TabPane tabs;

    @FXML
    Label entryTitle;

    @FXML
    Label entryMeta;

    @FXML
    VBox entryBody;

    @FXML
    VBox signatures;

    @FXML
    ComboBox<ElnEntryVersion> diffFrom;

    @FXML
    ComboBox<ElnEntryVersion> diffTo;

    @FXML
    ListView<LineDiff.Line> diff;

    @FXML
    VBox editor;

    @FXML
    TextField editTitle;

    @FXML
    TextArea editBody;

    @FXML
    Label editSize;

    @FXML
    VBox preview;

    @FXML
    Label message;

    @FXML
    Button exportPdf;

    public NotebookController(NotebookViewModel model, RecordLink.Opener opener) {
        this.model = model;
        this.markdown = new MarkdownView(opener);
    }

    @FXML
    void initialize() {
        search.textProperty().bindBidirectional(model.words());
        author.setItems(model.people());
        Choices.show(author, UserAccount::displayName);
        author.valueProperty().bindBidirectional(model.author());
        sample.setItems(model.samples());
        Choices.show(sample, found -> found.name() + (found.barcode() == null ? "" : " (" + found.barcode() + ")"));
        sample.valueProperty().bindBidirectional(model.sample());
        run.setItems(model.runs());
        Choices.show(run, found -> "Run of " + Times.format(found.createdAt()) + " · " + found.status());
        run.valueProperty().bindBidirectional(model.run());
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        state.getItems().setAll(SignatureState.values());
        Choices.show(state, SignatureState::label);
        state.valueProperty().bindBidirectional(model.state());

        list.setItems(model.hits());
        list.setCellFactory(view -> new HitCell());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selected().set(after);
            }
        });
        model.selected().addListener((observable, before, after) -> {
            if (after != null && !after.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(after);
            }
        });

        if (!model.mayWrite()) {
            // What the role may not do is not shown at all.
            actions.getChildren().remove(newEntry);
        }
        edit.setVisible(false);
        edit.setManaged(false);
        sign.setVisible(false);
        sign.setManaged(false);
        exportPdf.setVisible(false);
        exportPdf.setManaged(false);
        model.detail().addListener((observable, before, after) -> showDetail(after));

        diffFrom.setItems(versions);
        diffTo.setItems(versions);
        Choices.show(diffFrom, this::versionLabel);
        Choices.show(diffTo, this::versionLabel);
        diffFrom.valueProperty().bindBidirectional(model.diffFrom());
        diffTo.valueProperty().bindBidirectional(model.diffTo());
        diff.setItems(model.diff());
        diff.setCellFactory(view -> new DiffCell());

        editTitle.textProperty().bindBidirectional(model.editTitle());
        editBody.textProperty().bindBidirectional(model.editBody());
        editor.visibleProperty().bind(model.editing());
        editor.managedProperty().bind(model.editing());
        tabs.visibleProperty().bind(model.editing().not());
        tabs.managedProperty().bind(model.editing().not());
        PauseTransition typing = new PauseTransition(PREVIEW_DELAY);
        typing.setOnFinished(event -> renderPreview());
        model.editBody().addListener((observable, before, after) -> {
            editSize.setText(NotebookViewModel.bodySize(after));
            typing.playFromStart();
        });
        model.editing().addListener((observable, before, after) -> renderPreview());
        editSize.setText(NotebookViewModel.bodySize(model.editBody().get()));
        message.textProperty().bind(model.message());
    }

    private void renderPreview() {
        preview.getChildren().setAll(markdown.render(model.editBody().get()));
    }

    private void showDetail(EntryDetail shown) {
        boolean present = shown != null;
        edit.setVisible(present && model.mayEdit(shown.entry()));
        edit.setManaged(edit.isVisible());
        sign.setVisible(present && !model.signingMeanings().isEmpty());
        sign.setManaged(sign.isVisible());
        exportPdf.setVisible(present);
        exportPdf.setManaged(present);
        if (!present) {
            entryTitle.setText("");
            entryMeta.setText("");
            entryBody.getChildren().clear();
            signatures.getChildren().clear();
            versions.clear();
            return;
        }
        ElnEntry entry = shown.entry();
        entryTitle.setText(entry.title());
        entryMeta.setText("Version " + shown.currentVersion() + " · written by " + model.nameOf(entry.authorId())
                + " on " + Times.format(entry.createdAt())
                + (entry.editorIds().isEmpty() ? "" : " · last changed " + Times.format(entry.updatedAt())));
        entryBody.getChildren().setAll(markdown.render(entry.bodyMarkdown()));
        signatures
                .getChildren()
                .setAll(shown.signatures().stream()
                        .map(signature -> manifestation(signature, model::nameOf))
                        .toList());
        if (shown.signatures().isEmpty()) {
            Label none = new Label("Not signed");
            none.getStyleClass().add("text-muted");
            signatures.getChildren().add(none);
        }
        ElnEntryVersion keepFrom = model.diffFrom().get();
        ElnEntryVersion keepTo = model.diffTo().get();
        versions.setAll(shown.versions());
        model.diffFrom().set(keepFrom);
        model.diffTo().set(keepTo);
    }

    /**
     * A signature as it is manifested under the entry (§11.50): printed name, meaning, date and
     * time with the time zone. A voided one is struck through and says when and why.
     */
    static Node manifestation(Signature signature, Function<UUID, String> nameOf) {
        Text line = new Text(signature.signerName() + " · " + SigningMeanings.label(signature.meaning()) + " · "
                + SIGNED_AT.format(signature.signedAt())
                + countersigned(signature));
        TextFlow flow = new TextFlow(line);
        flow.getStyleClass().add("signature");
        flow.setUserData(signature);
        if (!signature.valid()) {
            line.getStyleClass().add("signature-voided");
            // Struck through by the node itself, not only by the style sheet: it is the record's meaning.
            line.setStrikethrough(true);
            flow.getStyleClass().add("signature-voided-line");
            Text why = new Text("   Voided " + SIGNED_AT.format(signature.voidedAt())
                    + (signature.voidedBy() == null ? "" : " by " + nameOf.apply(signature.voidedBy()))
                    + (signature.voidReason() == null ? "" : ": " + signature.voidReason()));
            why.getStyleClass().add("signature-void-reason");
            flow.getChildren().add(why);
        }
        return flow;
    }

    /** A signature made offline is countersigned by the server when it arrives (ADR 0018). */
    private static String countersigned(Signature signature) {
        if (signature.countersignedAt() != null) {
            return " · countersigned by the lab's server " + SIGNED_AT.format(signature.countersignedAt());
        }
        return signature.deviceSignature() != null ? " · to be countersigned at the next sync" : "";
    }

    private String versionLabel(ElnEntryVersion version) {
        return "Version " + version.version() + " · " + model.nameOf(version.editedBy()) + " · "
                + Times.format(version.editedAt());
    }

    @FXML
    void clearFilters() {
        model.author().set(null);
        model.sample().set(null);
        model.run().set(null);
        model.from().set(null);
        model.to().set(null);
        model.state().set(null);
    }

    @FXML
    void newEntry() {
        model.newEntry();
    }

    @FXML
    void edit() {
        model.editSelected();
    }

    @FXML
    void save() {
        model.save();
    }

    @FXML
    void cancel() {
        model.cancelEdit();
    }

    @FXML
    void exportPdf() {
        EntryDetail shown = model.detail().get();
        if (shown == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the printable record");
        chooser.setInitialFileName(NotebookViewModel.suggestedPdfName(shown.entry()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File target = chooser.showSaveDialog(list.getScene().getWindow());
        if (target != null) {
            model.exportPdf(target.toPath());
        }
    }

    @FXML
    void sign() {
        Stage dialog = new Stage();
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.initOwner(list.getScene().getWindow());
        dialog.setTitle("Sign entry");
        Scene scene = new Scene(Views.load(new SignDialogController(model.signDialog())));
        scene.getStylesheets().setAll(list.getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.show();
    }

    /** An entry in the list: title, author and date, signature state, and the matching words marked. */
    private final class HitCell extends ListCell<NotebookHit> {
        @Override
        protected void updateItem(NotebookHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            TextFlow title = marked(hit.title());
            title.getStyleClass().add("notebook-hit-title");
            title.getChildren().forEach(node -> node.getStyleClass().add("md-bold"));
            Label meta = new Label(model.nameOf(hit.authorId()) + " · " + Times.format(hit.createdAt()) + " · "
                    + hit.signatures().label());
            meta.getStyleClass().add("text-muted");
            TextFlow fragment = marked(hit.fragment());
            fragment.setMaxWidth(list.getWidth() - 40);
            VBox box = new VBox(2, title, meta, fragment);
            setText(null);
            setGraphic(box);
        }
    }

    /** Text with the index's marks turned into emphasised runs. */
    static TextFlow marked(String text) {
        TextFlow flow = new TextFlow();
        boolean inMark = false;
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == NotebookHit.MARK_START || c == NotebookHit.MARK_END) {
                flush(flow, run, inMark);
                inMark = c == NotebookHit.MARK_START;
            } else {
                run.append(c);
            }
        }
        flush(flow, run, inMark);
        return flow;
    }

    private static void flush(TextFlow flow, StringBuilder run, boolean mark) {
        if (run.length() == 0) {
            return;
        }
        Text text = new Text(run.toString());
        if (mark) {
            text.getStyleClass().add("search-mark");
        }
        flow.getChildren().add(text);
        run.setLength(0);
    }

    /** A line of the diff, coloured: green added, red removed. */
    private static final class DiffCell extends ListCell<LineDiff.Line> {
        @Override
        protected void updateItem(LineDiff.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(List.of("diff-line-added", "diff-line-removed"));
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Text text = new Text(line.marked());
            text.getStyleClass().add("monospace");
            switch (line.kind()) {
                case ADDED -> {
                    text.getStyleClass().add("diff-added");
                    getStyleClass().add("diff-line-added");
                }
                case REMOVED -> {
                    text.getStyleClass().add("diff-removed");
                    getStyleClass().add("diff-line-removed");
                }
                case SAME -> {}
            }
            setText(null);
            setGraphic(text);
        }
    }
}
