package lab.spectra.desktop.problems;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.protocol.CommandTypes;

/** Changes the server refused, with its reasons, until their author acknowledges them. */
public final class ProblemsViewModel {

    private final ProblemInbox inbox;
    private final TaskRunner tasks;
    private final LocalData localData;
    private final ObservableList<SyncProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<SyncProblem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ProblemsViewModel(ProblemInbox inbox, TaskRunner tasks, LocalData localData) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.localData = localData;
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    public ObservableList<SyncProblem> problems() {
        return problems;
    }

    public ObjectProperty<SyncProblem> selected() {
        return selected;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** What the change was, in a few words. */
    public static String describe(SyncProblem problem) {
        return CommandTypes.wireName(problem.command().getClass()).replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    /** The refusal and, for a conflict, the server's version next to what was intended. */
    public static String details(SyncProblem problem) {
        StringBuilder text = new StringBuilder(problem.message());
        if (problem.kind() == SyncProblem.Kind.CONFLICT && problem.serverRow() != null) {
            text.append("\n\nThe server's version now:\n")
                    .append(problem.serverRow().toPrettyString());
        }
        return text.toString();
    }

    public void load() {
        tasks.run(inbox::open, problems::setAll, failure -> message.set(Problems.describe(failure)));
    }

    public void acknowledge() {
        SyncProblem problem = selected.get();
        if (problem == null) {
            return;
        }
        tasks.run(
                () -> {
                    inbox.acknowledge(problem.commandId());
                    return null;
                },
                done -> localData.changed(),
                failure -> message.set(Problems.describe(failure)));
    }
}
