package lab.spectra.desktop.spc.alerts;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
import lab.spectra.model.auth.Action;
import lab.spectra.model.spc.AcknowledgeSpcAlert;

/**
 * The alerts pane of the SPC screen: the open alerts of the selected series (of every series when
 * none is selected), the acknowledged ones too when asked, and acknowledging one with a reason,
 * which is the shared command run on the bench and queued for sync.
 */
public final class SpcAlertsViewModel {

    /** How many alerts the pane lists at most; older ones are on the server's alert list. */
    public static final int SHOWN = 200;

    private final SpcAlertQueries queries;
    private final CommandSender commands;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ReadOnlyObjectProperty<UUID> series;
    private final Runnable afterChange;
    private final BooleanProperty showAcknowledged = new SimpleBooleanProperty(false);
    private final ObservableList<AlertLine> alerts = FXCollections.observableArrayList();
    private final ObjectProperty<AlertLine> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper acknowledging = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Bumped for every fresh read: a read arriving after another one started is dropped. */
    private int generation;

    /**
     * @param series      the series chosen on the SPC screen, or null for every series
     * @param afterChange called once an acknowledgement is applied here (the screen redraws)
     */
    public SpcAlertsViewModel(
            SpcAlertQueries queries,
            CommandSender commands,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            ReadOnlyObjectProperty<UUID> series,
            Runnable afterChange) {
        this.queries = queries;
        this.commands = commands;
        this.user = user;
        this.tasks = tasks;
        this.series = series;
        this.afterChange = afterChange;
        series.addListener((observable, before, after) -> {
            cancel();
            load();
        });
        showAcknowledged.addListener((observable, before, after) -> load());
        selected.addListener((observable, before, after) -> {
            if (after == null || !after.open()) {
                acknowledging.set(false);
            }
        });
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    /** Engineers, PIs and admins acknowledge alerts; for everyone else the action is not there. */
    public boolean mayAcknowledge() {
        return user.may(Action.ACKNOWLEDGE_SPC_ALERT);
    }

    public BooleanProperty showAcknowledged() {
        return showAcknowledged;
    }

    public ObservableList<AlertLine> alerts() {
        return alerts;
    }

    public ObjectProperty<AlertLine> selected() {
        return selected;
    }

    /** Why the alert may close: required. */
    public StringProperty reason() {
        return reason;
    }

    /** Whether the reason form is open for the selected alert. */
    public ReadOnlyBooleanProperty acknowledging() {
        return acknowledging.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the alerts again, in the background. */
    public void load() {
        int current = ++generation;
        UUID shown = series.get();
        boolean withAcknowledged = showAcknowledged.get();
        tasks.run(
                () -> queries.alerts(shown, withAcknowledged, SHOWN),
                found -> {
                    if (current != generation) {
                        return;
                    }
                    UUID kept = selected.get() == null ? null : selected.get().id();
                    alerts.setAll(found);
                    selected.set(found.stream()
                            .filter(line -> line.id().equals(kept))
                            .findFirst()
                            .orElse(null));
                },
                failure -> message.set(Problems.describe(failure)));
    }

    /** "Acknowledge…": opens the reason form for the selected open alert. */
    public void startAcknowledging() {
        AlertLine line = selected.get();
        if (line == null) {
            message.set("Choose the alert you have looked at");
            return;
        }
        if (!line.open()) {
            message.set("This alert was already acknowledged" + by(line));
            return;
        }
        reason.set("");
        message.set("");
        acknowledging.set(true);
    }

    public void cancel() {
        acknowledging.set(false);
        reason.set("");
    }

    /** Acknowledges the selected alert with the reason typed; the bench's refusal is shown as it is. */
    public void acknowledge() {
        AlertLine line = selected.get();
        String why = reason.get() == null ? "" : reason.get().strip();
        if (line == null || !acknowledging.get()) {
            message.set("Choose the alert you have looked at, then Acknowledge…");
            return;
        }
        if (why.isEmpty()) {
            message.set("Say why the alert may close: what you found and what was done about it");
            return;
        }
        busy.set(true);
        commands.execute(
                new AcknowledgeSpcAlert(commands.newMeta(), line.id(), why),
                () -> {
                    busy.set(false);
                    acknowledging.set(false);
                    reason.set("");
                    message.set("Acknowledged: " + line.ruleLabel() + " on " + line.seriesName());
                    load();
                    afterChange.run();
                },
                refusal -> {
                    busy.set(false);
                    message.set("Not acknowledged: " + refusal);
                });
    }

    private static String by(AlertLine line) {
        return line.acknowledger() == null ? "" : " by " + line.acknowledger();
    }
}
