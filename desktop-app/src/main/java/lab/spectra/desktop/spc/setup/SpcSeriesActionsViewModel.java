package lab.spectra.desktop.spc.setup;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.auth.Action;

/**
 * The SPC screen's series actions: which of them the person may take (the others are not shown),
 * and the form behind each, for the series selected on the screen.
 */
public final class SpcSeriesActionsViewModel {

    private final SpcSetupQueries queries;
    private final CommandSender commands;
    private final LimitsSigner signer;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ReadOnlyObjectProperty<UUID> series;
    private final Runnable afterChange;

    /**
     * @param series      the series chosen on the SPC screen, or null
     * @param afterChange called once a change is applied here (the screen reloads its series and chart)
     */
    public SpcSeriesActionsViewModel(
            SpcSetupQueries queries,
            CommandSender commands,
            LimitsSigner signer,
            CurrentUser user,
            TaskRunner tasks,
            ReadOnlyObjectProperty<UUID> series,
            Runnable afterChange) {
        this.queries = queries;
        this.commands = commands;
        this.signer = signer;
        this.user = user;
        this.tasks = tasks;
        this.series = series;
        this.afterChange = afterChange;
    }

    /** Engineers and above start new series. */
    public boolean mayCreate() {
        return user.may(Action.CREATE_SPC_SERIES);
    }

    /** Engineers and above change a series' name, rules and specification limits. */
    public boolean mayEdit() {
        return user.may(Action.EDIT_SPC_SERIES);
    }

    /** PIs and admins freeze and change control limits. */
    public boolean mayFreeze() {
        return user.may(Action.FREEZE_SPC_LIMITS);
    }

    public ReadOnlyObjectProperty<UUID> series() {
        return series;
    }

    public NewSeriesViewModel newSeries() {
        return new NewSeriesViewModel(queries, commands, tasks, afterChange);
    }

    /** The edit form of the selected series, being read. */
    public EditSeriesViewModel edit() {
        EditSeriesViewModel form = new EditSeriesViewModel(queries, commands, tasks, afterChange);
        form.load(series.get());
        return form;
    }

    /**
     * The freeze dialog of the selected series, being read.
     *
     * @param fromALaterBaseline "Change limits…": the PI chooses where the baseline starts
     */
    public FreezeLimitsViewModel freeze(boolean fromALaterBaseline) {
        FreezeLimitsViewModel form = new FreezeLimitsViewModel(queries, signer, tasks, fromALaterBaseline, afterChange);
        form.load(series.get());
        return form;
    }
}
