package lab.spectra.desktop.sops;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.EditSopDraft;
import lab.spectra.model.sop.RejectSop;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SubmitSop;

/**
 * The SOP library: the list, the selected SOP's document (Markdown, or its attached PDF opened
 * in the system's viewer), its versions with their decisions, and the recipes and instruments that
 * follow it. Engineers and above draft, edit and submit; PIs and admins approve, reject and
 * retire with a reason, never their own SOP (the shared four-eyes rule refuses it, and its
 * sentence is shown). Every change is a local command, so the library works offline.
 */
public final class SopsViewModel {

    /** What the editor is writing. */
    public enum Mode {
        NEW,
        EDIT,
        NEW_VERSION
    }

    private final SopQueries queries;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final SopDocuments documents;
    private final ObservableList<Sop> sops = FXCollections.observableArrayList();
    private final ObjectProperty<Sop> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejectionNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Attachment> pdf = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final ObservableList<String> followedBy = FXCollections.observableArrayList();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty draftTitle = new SimpleStringProperty("");
    private final StringProperty draftBody = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding editable;
    private final BooleanBinding submittable;
    private final BooleanBinding versionable;
    private final BooleanBinding approvable;
    private final BooleanBinding rejectable;
    private final BooleanBinding retirable;
    private SopLibrary library = SopLibrary.EMPTY;
    private Mode mode = Mode.NEW;
    private UUID toSelect;

    public SopsViewModel(
            SopQueries queries,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            SopDocuments documents) {
        this.queries = queries;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        this.documents = documents;
        editable = when(sop -> sop.status() == ApprovalStatus.DRAFT);
        submittable = when(sop -> sop.status() == ApprovalStatus.DRAFT && !sop.awaitingDecision());
        versionable = when(sop -> sop.status() == ApprovalStatus.APPROVED);
        approvable = when(sop -> sop.status() == ApprovalStatus.DRAFT);
        rejectable = when(Sop::awaitingDecision);
        retirable = when(sop -> sop.status() == ApprovalStatus.APPROVED);
        selected.addListener((observable, before, after) -> showDetails());
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    private BooleanBinding when(Predicate<Sop> test) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && test.test(selected.get()), selected);
    }

    public ObservableList<Sop> sops() {
        return sops;
    }

    public ObjectProperty<Sop> selected() {
        return selected;
    }

    /** The selected SOP's document, as Markdown. */
    public ReadOnlyStringProperty body() {
        return body.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rejectionNotice() {
        return rejectionNotice.getReadOnlyProperty();
    }

    /** The PDF attached to the selected SOP, or null. */
    public ReadOnlyObjectProperty<Attachment> pdf() {
        return pdf.getReadOnlyProperty();
    }

    public ObservableList<String> versions() {
        return versions;
    }

    /** "Recipe IV sweep v2 (SMU)" and "Instrument SMU-01 (SMU)" lines. */
    public ObservableList<String> followedBy() {
        return followedBy;
    }

    /** The comment of a rejection or the reason for retiring. */
    public StringProperty comment() {
        return comment;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public StringProperty draftTitle() {
        return draftTitle;
    }

    public StringProperty draftBody() {
        return draftBody;
    }

    /** Whether the editor is shown instead of the document. */
    public ReadOnlyBooleanProperty editing() {
        return editing.getReadOnlyProperty();
    }

    public String statusOf(Sop sop) {
        return SopTexts.status(sop);
    }

    public boolean mayWrite() {
        return user.may(Action.WRITE_SOP_DRAFT);
    }

    public boolean mayApprove() {
        return user.may(Action.APPROVE_SOP);
    }

    public boolean mayRetire() {
        return user.may(Action.RETIRE_SOP);
    }

    public BooleanBinding editable() {
        return editable;
    }

    public BooleanBinding submittable() {
        return submittable;
    }

    public BooleanBinding versionable() {
        return versionable;
    }

    public BooleanBinding approvable() {
        return approvable;
    }

    public BooleanBinding rejectable() {
        return rejectable;
    }

    public BooleanBinding retirable() {
        return retirable;
    }

    /** Those who do not write SOPs see the approved ones: those are the procedures to follow. */
    public void load() {
        boolean onlyApproved = !mayWrite();
        tasks.run(() -> queries.library(onlyApproved), this::show, failure -> message.set(Problems.describe(failure)));
    }

    private void show(SopLibrary loaded) {
        library = loaded;
        UUID keep = toSelect != null
                ? toSelect
                : selected.get() == null ? null : selected.get().id();
        toSelect = null;
        sops.setAll(loaded.sops());
        selected.set(
                keep == null
                        ? null
                        : loaded.sops().stream()
                                .filter(sop -> sop.id().equals(keep))
                                .findFirst()
                                .orElse(null));
        showDetails();
    }

    private void showDetails() {
        Sop sop = selected.get();
        if (sop == null) {
            body.set("");
            rejectionNotice.set("");
            pdf.set(null);
            versions.clear();
            followedBy.clear();
            return;
        }
        body.set(sop.bodyMarkdown());
        rejectionNotice.set(SopTexts.rejectionNotice(sop, library));
        pdf.set(library.pdfOf(sop).orElse(null));
        versions.setAll(SopTexts.versions(sop, library));
        followedBy.setAll(java.util.stream.Stream.concat(
                        library.recipesFollowing(sop).stream().map(SopsViewModel::recipeLine),
                        library.instrumentsFollowing(sop).stream().map(SopsViewModel::instrumentLine))
                .toList());
    }

    private static String recipeLine(Recipe recipe) {
        return "Recipe " + recipe.title() + " (" + recipe.instrumentKind().displayName() + ")";
    }

    private static String instrumentLine(Instrument instrument) {
        return "Instrument " + instrument.name() + " (" + instrument.kind().displayName() + ")";
    }

    public void newSop() {
        startEditor(Mode.NEW, "", "");
    }

    public void editDraft() {
        if (editable.get()) {
            startEditor(Mode.EDIT, selected.get().title(), selected.get().bodyMarkdown());
        }
    }

    /** The next version starts as a copy of the approved one, which stays approved until it is replaced. */
    public void newVersion() {
        if (versionable.get()) {
            startEditor(Mode.NEW_VERSION, selected.get().title(), selected.get().bodyMarkdown());
        }
    }

    private void startEditor(Mode newMode, String title, String text) {
        if (!mayWrite()) {
            return;
        }
        mode = newMode;
        draftTitle.set(title);
        draftBody.set(text);
        message.set("");
        editing.set(true);
    }

    public void cancelEditing() {
        editing.set(false);
    }

    public void saveDraft() {
        String title = draftTitle.get() == null ? "" : draftTitle.get().strip();
        if (title.isEmpty()) {
            message.set("Give the SOP a title");
            return;
        }
        String text = draftBody.get() == null ? "" : draftBody.get();
        Sop base = selected.get();
        UUID sopId = mode == Mode.EDIT ? base.id() : Ids.newId();
        Command command;
        switch (mode) {
            case NEW -> command = new CreateSopDraft(commands.newMeta(), sopId, title, text, null);
            case NEW_VERSION -> command = new CreateSopDraft(commands.newMeta(), sopId, title, text, base.id());
            default -> {
                FieldChange<String> titleChange =
                        title.equals(base.title()) ? null : new FieldChange<>(base.title(), title);
                FieldChange<String> bodyChange =
                        text.equals(base.bodyMarkdown()) ? null : new FieldChange<>(base.bodyMarkdown(), text);
                if (titleChange == null && bodyChange == null) {
                    message.set("Nothing changed");
                    return;
                }
                command = new EditSopDraft(commands.newMeta(), sopId, titleChange, bodyChange);
            }
        }
        commands.execute(
                command,
                () -> {
                    editing.set(false);
                    toSelect = sopId;
                    message.set((mode == Mode.EDIT ? "Saved the draft " : "Drafted ") + title
                            + "; it is sent to the server with the next sync");
                    load();
                },
                message::set);
    }

    public void submit() {
        Sop sop = selected.get();
        if (sop != null && mayWrite()) {
            send(new SubmitSop(commands.newMeta(), sop.id(), sop.rowVersion()), "Submitted " + sop.label());
        }
    }

    public void approve() {
        Sop sop = selected.get();
        if (sop != null && mayApprove()) {
            send(new ApproveSop(commands.newMeta(), sop.id(), sop.rowVersion()), "Approved " + sop.label());
        }
    }

    public void reject() {
        Sop sop = selected.get();
        if (sop == null || !mayApprove()) {
            return;
        }
        Optional<String> why = typed();
        if (why.isEmpty()) {
            message.set("Write in the comment why you send " + sop.label() + " back");
            return;
        }
        send(
                new RejectSop(commands.newMeta(), sop.id(), why.get(), sop.rowVersion()),
                "Sent " + sop.label() + " back to its author");
    }

    public void retire() {
        Sop sop = selected.get();
        if (sop == null || !mayRetire()) {
            return;
        }
        Optional<String> why = typed();
        if (why.isEmpty()) {
            message.set("Write in the comment why " + sop.label() + " is retired");
            return;
        }
        send(new RetireSop(commands.newMeta(), sop.id(), why.get(), sop.rowVersion()), "Retired " + sop.label());
    }

    /** Opens the selected SOP's PDF in the system's viewer, in the background. */
    public void openPdf() {
        Attachment document = pdf.get();
        if (document == null) {
            return;
        }
        tasks.run(
                () -> {
                    documents.open(document);
                    return document.fileName();
                },
                opened -> message.set("Opened " + opened),
                failure -> message.set("Cannot open " + document.fileName() + ": " + Problems.describe(failure)));
    }

    private Optional<String> typed() {
        String text = comment.get();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private void send(Command command, String what) {
        commands.execute(
                command,
                () -> {
                    comment.set("");
                    message.set(what + "; it is sent to the server with the next sync");
                },
                message::set);
    }
}
