package lab.spectra.desktop.inbox;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.shell.RecordToOpen;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;

/**
 * The inbox of the signed-in person, kept current as the bench's copy changes (a sync, a change
 * made here) and as instruments' calibrations change; its count is shown in the status bar.
 */
public final class InboxViewModel {

    private final InboxSources sources;
    private final CurrentUser viewer;
    private final TaskRunner tasks;
    private final ObservableList<InstrumentLockout> instruments;
    private final Consumer<RecordToOpen> opener;
    private final ObservableList<InboxItem> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<InboxItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param instruments every instrument's calibration state, kept current by the main window
     * @param opener      shows an item's record on its screen
     */
    public InboxViewModel(
            InboxSources sources,
            CurrentUser viewer,
            TaskRunner tasks,
            LocalData localData,
            ObservableList<InstrumentLockout> instruments,
            Consumer<RecordToOpen> opener) {
        this.sources = sources;
        this.viewer = viewer;
        this.tasks = tasks;
        this.instruments = instruments;
        this.opener = opener;
        localData.version().addListener((observable, before, after) -> load());
        instruments.addListener((ListChangeListener<InstrumentLockout>) change -> load());
        load();
    }

    public ObservableList<InboxItem> items() {
        return items;
    }

    /** How many items wait; the status bar's "3 waiting". */
    public ReadOnlyIntegerProperty count() {
        return count.getReadOnlyProperty();
    }

    public ObjectProperty<InboxItem> selected() {
        return selected;
    }

    /** Why the inbox could not be read, in words; empty when it was. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Reads the inbox again in the background. */
    public void load() {
        List<InstrumentLockout> now = List.copyOf(instruments);
        tasks.run(
                () -> Inbox.itemsFor(viewer, sources.gather(viewer, now)),
                read -> {
                    items.setAll(read);
                    count.set(read.size());
                    message.set("");
                },
                failure -> message.set("The inbox could not be read: " + Problems.describe(failure)));
    }

    /** Shows the selected item on the screen that deals with it. */
    public void openSelected() {
        InboxItem item = selected.get();
        if (item != null) {
            open(item);
        }
    }

    public void open(InboxItem item) {
        opener.accept(item.opens());
    }
}
