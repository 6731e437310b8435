package lab.spectra.desktop.spc.setup;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lab.spectra.desktop.ui.CommandSender;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.model.spc.EditSpcSeries;
import lab.spectra.model.spc.SpcSeries;

/**
 * "Edit…": a series' name, rules and their numbering, whether it is critical, and its
 * specification limits, with the reason for the change; sent as {@link EditSpcSeries} against the
 * row version shown, so an edit made elsewhere in between is a conflict and not overwritten.
 */
public final class EditSeriesViewModel {

    private final SpcSetupQueries queries;
    private final CommandSender commands;
    private final TaskRunner tasks;
    private final Runnable afterChange;
    private final ReadOnlyObjectWrapper<SpcSeries> series = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final RuleChoices rules = new RuleChoices();
    private final BooleanProperty critical = new SimpleBooleanProperty(false);
    private final StringProperty lowerSpecLimit = new SimpleStringProperty("");
    private final StringProperty upperSpecLimit = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);

    public EditSeriesViewModel(
            SpcSetupQueries queries, CommandSender commands, TaskRunner tasks, Runnable afterChange) {
        this.queries = queries;
        this.commands = commands;
        this.tasks = tasks;
        this.afterChange = afterChange;
    }

    /** Reads the series as the bench holds it now and fills the form with it. */
    public void load(UUID seriesId) {
        saved.set(false);
        tasks.run(
                () -> queries.seriesWithPoints(seriesId),
                found -> found.ifPresentOrElse(
                        read -> show(read.series()),
                        () -> message.set("This series is no longer on this bench (deleted, or not synced yet)")),
                failure -> message.set(Problems.describe(failure)));
    }

    private void show(SpcSeries shown) {
        series.set(shown);
        name.set(shown.name());
        rules.show(shown.ruleNumbering(), shown.enabledRules());
        critical.set(shown.critical());
        lowerSpecLimit.set(shown.lowerSpecLimit() == null ? "" : String.valueOf(shown.lowerSpecLimit()));
        upperSpecLimit.set(shown.upperSpecLimit() == null ? "" : String.valueOf(shown.upperSpecLimit()));
        reason.set("");
        version.set("Editing version " + shown.rowVersion() + " of the series");
        message.set("");
    }

    public ReadOnlyObjectProperty<SpcSeries> series() {
        return series.getReadOnlyProperty();
    }

    public StringProperty name() {
        return name;
    }

    public RuleChoices rules() {
        return rules;
    }

    public BooleanProperty critical() {
        return critical;
    }

    public StringProperty lowerSpecLimit() {
        return lowerSpecLimit;
    }

    public StringProperty upperSpecLimit() {
        return upperSpecLimit;
    }

    public StringProperty reason() {
        return reason;
    }

    /** "Editing version 3 of the series": the version the change is made against. */
    public ReadOnlyStringProperty version() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saved() {
        return saved.getReadOnlyProperty();
    }

    /** Sends the change; a conflict (someone changed the series since) is said in the bench's words. */
    public void save() {
        SpcSeries shown = series.get();
        if (shown == null) {
            message.set("Choose a series to edit");
            return;
        }
        if (name.get() == null || name.get().isBlank()) {
            message.set("Give the series a name");
            return;
        }
        if (rules.enabledRules().isEmpty()) {
            message.set("Switch on at least one rule, or the series never raises an alert");
            return;
        }
        FormNumbers.SpecLimits spec = FormNumbers.specLimits(lowerSpecLimit.get(), upperSpecLimit.get());
        if (spec.problem() != null) {
            message.set(spec.problem());
            return;
        }
        if (reason.get() == null || reason.get().isBlank()) {
            message.set("Say why the series changes: the change is part of its record");
            return;
        }
        EditSpcSeries command = new EditSpcSeries(
                commands.newMeta(),
                shown.id(),
                name.get().strip(),
                rules.enabledRules(),
                rules.numbering().get(),
                critical.get(),
                spec.lower(),
                spec.upper(),
                reason.get().strip(),
                shown.rowVersion());
        busy.set(true);
        commands.execute(
                command,
                () -> {
                    busy.set(false);
                    saved.set(true);
                    message.set("Saved: " + command.name());
                    afterChange.run();
                },
                refusal -> {
                    busy.set(false);
                    message.set("Not saved: " + refusal);
                });
    }
}
