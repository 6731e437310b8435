package lab.spectra.desktop.search;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.ui.TaskRunner;

/**
 * The quick search (Ctrl+K): what is typed or scanned, the records it finds, and opening one of
 * them on its screen. Reads once typing pauses; a read overtaken by newer text is dropped.
 */
public final class QuickSearchViewModel {

    /** A scanner types a whole code in milliseconds; a person pauses between words. */
    static final Duration PAUSE = Duration.ofMillis(120);

    static final int PER_KIND = 6;

    private final QuickSearchQueries queries;
    private final TaskRunner tasks;
    private final Consumer<Found> opener;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Found> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message =
            new ReadOnlyStringWrapper("Type a name, a barcode or a serial number");
    private TaskRunner.Pending pending = TaskRunner.Pending.NONE;
    private long reads;

    /** @param opener shows a found record on its screen */
    public QuickSearchViewModel(QuickSearchQueries queries, TaskRunner tasks, Consumer<Found> opener) {
        this.queries = queries;
        this.tasks = tasks;
        this.opener = opener;
        text.addListener((observable, before, after) -> {
            pending.cancel();
            pending = tasks.afterQuiet(PAUSE, () -> read(false));
        });
    }

    public StringProperty text() {
        return text;
    }

    public ObservableList<Found> results() {
        return results;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /**
     * Enter in the search field: opens the chosen line, or else reads for the text as it stands
     * now (a scanner's Enter comes right after its last character) and opens the first record found.
     */
    public void enter(Found chosen) {
        if (chosen != null) {
            open(chosen);
            return;
        }
        read(true);
    }

    /** Reads for the text as it stands now. */
    public void read() {
        read(false);
    }

    private void read(boolean openFirst) {
        pending.cancel();
        long read = ++reads;
        String typed = text.get();
        tasks.run(
                () -> queries.find(typed, PER_KIND),
                found -> {
                    if (read == reads) {
                        show(typed, found);
                        if (openFirst && !found.isEmpty()) {
                            open(found.get(0));
                        }
                    }
                },
                failure -> {
                    if (read == reads) {
                        results.clear();
                        message.set("The search could not read this PC's data: " + failure.getMessage());
                    }
                });
    }

    private void show(String typed, List<Found> found) {
        results.setAll(found);
        if (typed.strip().length() < 2) {
            message.set("Type a name, a barcode or a serial number");
        } else if (found.isEmpty()) {
            message.set("Nothing on this PC matches \"" + typed.strip() + "\"");
        } else {
            message.set("");
        }
    }

    /** Shows the record on its screen. */
    public void open(Found found) {
        opener.accept(found);
    }
}
