package lab.spectra.desktop.notebook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.notebook.sign.EntrySigner;
import lab.spectra.desktop.notebook.sign.SignDialogViewModel;
import lab.spectra.desktop.notebook.sign.SigningMeanings;
import lab.spectra.desktop.notebook.sign.SigningRequest;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.ElnEntryVersion;
import lab.spectra.model.eln.ElnLimits;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.run.Run;
import lab.spectra.model.sample.Sample;

/**
 * The Notebook screen: entries found by words and filters (offline, from the bench's index), the
 * selected entry rendered with its signatures, its edit history with a diff of two versions, and
 * the editor for a new entry or a change. What the person's role does not allow is not offered:
 * technicians and up write, technicians change only their own entries, and the sign action
 * offers only the meanings the person may use for the entry.
 */
public final class NotebookViewModel {

    private final NotebookQueries queries;
    private final NotebookIndex index;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final EntrySigner signer;
    private final EntryExport export;

    private final StringProperty words = new SimpleStringProperty("");
    private final ObjectProperty<UserAccount> author = new SimpleObjectProperty<>();
    private final ObjectProperty<Sample> sample = new SimpleObjectProperty<>();
    private final ObjectProperty<Run> run = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<SignatureState> state = new SimpleObjectProperty<>();

    private final ObservableList<NotebookHit> hits = FXCollections.observableArrayList();
    private final ObservableList<UserAccount> people = FXCollections.observableArrayList();
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final Map<UUID, String> names = new HashMap<>();

    private final ObjectProperty<NotebookHit> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<EntryDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ElnEntryVersion> diffFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<ElnEntryVersion> diffTo = new SimpleObjectProperty<>();
    private final ObservableList<LineDiff.Line> diff = FXCollections.observableArrayList();

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final ObjectProperty<ElnEntry> editedEntry = new SimpleObjectProperty<>();
    private final StringProperty editTitle = new SimpleStringProperty("");
    private final StringProperty editBody = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Searches answer in the background; only the latest one's answer is shown. */
    private final AtomicLong searches = new AtomicLong();

    private UUID selectAfterLoad;

    public NotebookViewModel(
            NotebookQueries queries,
            NotebookIndex index,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            EntrySigner signer) {
        this(queries, index, commands, user, tasks, localData, signer, (entryId, target) -> {
            throw new IllegalStateException("Printing is not available here");
        });
    }

    /** @param export writes an entry's printable record */
    public NotebookViewModel(
            NotebookQueries queries,
            NotebookIndex index,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            EntrySigner signer,
            EntryExport export) {
        this.export = export;
        this.queries = queries;
        this.index = index;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        this.signer = signer;
        words.addListener((observable, before, after) -> search());
        author.addListener((observable, before, after) -> search());
        sample.addListener((observable, before, after) -> search());
        run.addListener((observable, before, after) -> search());
        from.addListener((observable, before, after) -> search());
        to.addListener((observable, before, after) -> search());
        state.addListener((observable, before, after) -> search());
        selected.addListener((observable, before, after) -> loadDetail(after == null ? null : after.id()));
        diffFrom.addListener((observable, before, after) -> showDiff());
        diffTo.addListener((observable, before, after) -> showDiff());
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    private record Loaded(List<UserAccount> people, List<Sample> samples, List<Run> runs, List<NotebookHit> hits) {}

    /** Brings the index up to date with the local copy (new rows by pull or by command) and searches again. */
    public void load() {
        NotebookFilter filter = filter();
        long search = searches.incrementAndGet();
        tasks.run(
                () -> {
                    index.update(queries.stamps(), queries::indexed);
                    return new Loaded(queries.people(), queries.samples(), queries.runs(), index.search(filter));
                },
                loaded -> {
                    names.clear();
                    loaded.people().forEach(person -> names.put(person.id(), person.displayName()));
                    // An API key's account never writes entries (ADR 0023): not an author to filter by.
                    people.setAll(loaded.people().stream()
                            .filter(person -> !ApiKeyAccounts.isKey(person))
                            .toList());
                    samples.setAll(loaded.samples());
                    runs.setAll(loaded.runs());
                    if (search == searches.get()) {
                        showHits(loaded.hits());
                    }
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private void search() {
        NotebookFilter filter = filter();
        long search = searches.incrementAndGet();
        tasks.run(
                () -> index.search(filter),
                found -> {
                    if (search == searches.get()) {
                        showHits(found);
                    }
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private void showHits(List<NotebookHit> found) {
        UUID keep = selectAfterLoad != null
                ? selectAfterLoad
                : selected.get() == null ? null : selected.get().id();
        hits.setAll(found);
        Optional<NotebookHit> again =
                found.stream().filter(hit -> hit.id().equals(keep)).findFirst();
        if (again.isPresent()) {
            selectAfterLoad = null;
            selected.set(again.get());
            loadDetail(again.get().id());
        }
    }

    NotebookFilter filter() {
        return new NotebookFilter(
                words.get(),
                author.get() == null ? null : author.get().id(),
                sample.get() == null ? null : sample.get().id(),
                run.get() == null ? null : run.get().id(),
                from.get(),
                to.get(),
                state.get());
    }

    private void loadDetail(UUID entryId) {
        if (entryId == null) {
            detail.set(null);
            return;
        }
        tasks.run(
                () -> queries.detail(entryId),
                found -> {
                    detail.set(found.orElse(null));
                    List<ElnEntryVersion> versions =
                            found.map(EntryDetail::versions).orElse(List.of());
                    diffFrom.set(versions.size() >= 2 ? versions.get(versions.size() - 2) : null);
                    diffTo.set(versions.isEmpty() ? null : versions.get(versions.size() - 1));
                },
                failure -> message.set(Problems.describe(failure)));
    }

    private void showDiff() {
        ElnEntryVersion older = diffFrom.get();
        ElnEntryVersion newer = diffTo.get();
        if (older == null || newer == null) {
            diff.clear();
            return;
        }
        List<LineDiff.Line> lines = new ArrayList<>();
        if (!older.title().equals(newer.title())) {
            lines.add(new LineDiff.Line(LineDiff.Kind.REMOVED, "Title: " + older.title()));
            lines.add(new LineDiff.Line(LineDiff.Kind.ADDED, "Title: " + newer.title()));
        }
        lines.addAll(LineDiff.between(older.bodyMarkdown(), newer.bodyMarkdown()));
        diff.setAll(lines);
    }

    /** Whether this person writes entries at all (the New entry action exists). */
    public boolean mayWrite() {
        return user.may(Action.WRITE_ELN_ENTRY);
    }

    /** Whether this person may change this entry: their own, or anyone's for engineers and up. */
    public boolean mayEdit(ElnEntry entry) {
        return entry != null
                && mayWrite()
                && (entry.authorId().equals(user.userId()) || user.may(Action.EDIT_OTHERS_ELN_ENTRIES));
    }

    /** The meanings this person may sign the selected entry with; empty: no sign action. */
    public List<SignatureMeaning> signingMeanings() {
        EntryDetail shown = detail.get();
        return shown == null ? List.of() : SigningMeanings.allowed(user, shown.entry());
    }

    /** The sign dialog for the selected entry, exactly as it is shown now. */
    public SignDialogViewModel signDialog() {
        EntryDetail shown = Objects.requireNonNull(detail.get(), "an entry is selected");
        return new SignDialogViewModel(
                SigningRequest.of(shown.entry(), shown.currentVersion()), signingMeanings(), signer, tasks, () -> {
                    message.set("Signed " + shown.entry().title());
                    loadDetail(shown.entry().id());
                });
    }

    /** Opens the editor on a new, empty entry. */
    public void newEntry() {
        if (!mayWrite()) {
            return;
        }
        editedEntry.set(null);
        editTitle.set("");
        editBody.set("");
        message.set("");
        editing.set(true);
    }

    /** Opens the editor on the selected entry. */
    public void editSelected() {
        EntryDetail shown = detail.get();
        if (shown == null || !mayEdit(shown.entry())) {
            return;
        }
        editedEntry.set(shown.entry());
        editTitle.set(shown.entry().title());
        editBody.set(shown.entry().bodyMarkdown());
        message.set("");
        editing.set(true);
    }

    public void cancelEdit() {
        editing.set(false);
        message.set("");
    }

    /**
     * Saves the editor: a new entry (linked to the samples and runs its text links to) or the
     * changed title and text of the entry being edited. The bench's rules decide, offline too; a
     * refusal (a title or text over its limit, someone else's entry) is shown in their words.
     */
    public void save() {
        String title = editTitle.get() == null ? "" : editTitle.get();
        String body = editBody.get() == null ? "" : editBody.get();
        ElnEntry original = editedEntry.get();
        if (original == null) {
            UUID entryId = Ids.newId();
            List<RecordLink> links = RecordLinks.in(body);
            commands.execute(
                    new WriteElnEntry(
                            commands.newMeta(),
                            entryId,
                            title,
                            body,
                            RecordLinks.ids(links, RecordLink.Kind.SAMPLE),
                            RecordLinks.ids(links, RecordLink.Kind.RUN)),
                    () -> saved(entryId, "Saved the new entry " + title.strip()),
                    message::set);
            return;
        }
        FieldChange<String> titleChange =
                title.strip().equals(original.title()) ? null : new FieldChange<>(original.title(), title);
        FieldChange<String> bodyChange =
                body.equals(original.bodyMarkdown()) ? null : new FieldChange<>(original.bodyMarkdown(), body);
        if (titleChange == null && bodyChange == null) {
            message.set("Nothing changed");
            return;
        }
        commands.execute(
                new EditElnEntry(commands.newMeta(), original.id(), titleChange, bodyChange),
                () -> saved(original.id(), "Saved the change to " + title.strip()),
                message::set);
    }

    /**
     * Shows the saved entry. The reload that follows a command may have listed it already (the
     * task runner may answer at once) or may still be on its way; either way it ends up selected.
     */
    private void saved(UUID entryId, String text) {
        editing.set(false);
        message.set(text);
        Optional<NotebookHit> listed =
                hits.stream().filter(hit -> hit.id().equals(entryId)).findFirst();
        if (listed.isPresent()) {
            selected.set(listed.get());
            loadDetail(entryId);
        } else {
            selectAfterLoad = entryId;
        }
    }

    /** "123 / 200,000 characters" under the editor's text. */
    public static String bodySize(String body) {
        return String.format(
                java.util.Locale.ROOT, "%,d / %,d characters", body == null ? 0 : body.length(), ElnLimits.BODY);
    }

    public static int titleLimit() {
        return ElnLimits.TITLE;
    }

    /** The display name of a person of the lab, for authors and editors. */
    public String nameOf(UUID person) {
        return names.getOrDefault(person, "(unknown person)");
    }

    public StringProperty words() {
        return words;
    }

    public ObjectProperty<UserAccount> author() {
        return author;
    }

    public ObjectProperty<Sample> sample() {
        return sample;
    }

    public ObjectProperty<Run> run() {
        return run;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<SignatureState> state() {
        return state;
    }

    public ObservableList<NotebookHit> hits() {
        return hits;
    }

    public ObservableList<UserAccount> people() {
        return people;
    }

    public ObservableList<Sample> samples() {
        return samples;
    }

    public ObservableList<Run> runs() {
        return runs;
    }

    /** Writes the shown entry's printable record (PDF, with its signatures' manifestations) to {@code target}. */
    public void exportPdf(Path target) {
        EntryDetail shown = detail.get();
        if (shown == null) {
            message.set("Choose an entry to print first");
            return;
        }
        UUID entryId = shown.entry().id();
        message.set("Writing " + target.getFileName() + "…");
        tasks.run(
                () -> export.export(entryId, target),
                written -> message.set(
                        "Saved the printable record of \"" + shown.entry().title() + "\" to " + written),
                failure -> message.set("The PDF could not be written: " + Problems.describe(failure)));
    }

    /** The file name offered for an entry's PDF: its title, made safe for any file system. */
    public static String suggestedPdfName(ElnEntry entry) {
        String safe = entry.title().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return (safe.isEmpty() ? "notebook-entry" : safe.length() > 80 ? safe.substring(0, 80) : safe) + ".pdf";
    }

    public ObjectProperty<NotebookHit> selected() {
        return selected;
    }

    public ReadOnlyObjectProperty<EntryDetail> detail() {
        return detail.getReadOnlyProperty();
    }

    public ObjectProperty<ElnEntryVersion> diffFrom() {
        return diffFrom;
    }

    public ObjectProperty<ElnEntryVersion> diffTo() {
        return diffTo;
    }

    public ObservableList<LineDiff.Line> diff() {
        return diff;
    }

    public BooleanProperty editing() {
        return editing;
    }

    public ReadOnlyObjectProperty<ElnEntry> editedEntry() {
        return editedEntry;
    }

    public StringProperty editTitle() {
        return editTitle;
    }

    public StringProperty editBody() {
        return editBody;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
