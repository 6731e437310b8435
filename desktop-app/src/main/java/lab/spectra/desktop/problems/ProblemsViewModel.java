package lab.spectra.desktop.problems;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.sync.SyncProblem;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.model.protocol.CommandTypes;

/** Changes the server refused, with its reasons, until their author acknowledges them. */
public final class ProblemsViewModel {

    private final WorkSession session;
    private final ObservableList<SyncProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<SyncProblem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ProblemsViewModel(WorkSession session) {
        this.session = session;
        session.localData().version().addListener((observable, before, after) -> load());
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
        session.tasks()
                .run(
                        () -> session.workstation()
                                .problems()
                                .openFor(session.user().userId()),
                        problems::setAll,
                        failure -> message.set(Problems.describe(failure)));
    }

    public void acknowledge() {
        SyncProblem problem = selected.get();
        if (problem == null) {
            return;
        }
        session.tasks()
                .run(
                        () -> {
                            session.workstation().problems().acknowledge(problem.commandId());
                            session.workstation().sync().refreshCounts();
                            return null;
                        },
                        done -> session.localData().changed(),
                        failure -> message.set(Problems.describe(failure)));
    }
}
